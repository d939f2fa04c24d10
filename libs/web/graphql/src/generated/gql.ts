/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  mutation UpdateMyPreferences($input: UpdateMyPreferencesInput!) {\n    updateMyPreferences(input: $input) {\n      ...SessionPerson\n    }\n  }\n': typeof types.UpdateMyPreferencesDocument;
  '\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n': typeof types.ChangePasswordDocument;
  '\n  fragment TandemAssignmentFields on TandemAssignment {\n    id\n    moduleId\n    moduleCode\n    moduleTitle\n    moduleVersion\n    title\n    instructions\n    dueOn\n    createdByName\n    canEdit\n  }\n': typeof types.TandemAssignmentFieldsFragmentDoc;
  '\n  fragment SubmissionFields on AssignmentSubmission {\n    id\n    tandemId\n    schoolTutorName\n    companyTutorName\n    countryCodes\n    status\n    text\n    lockVersion\n    confirmedByMe\n    confirmedByPartner\n    schoolConfirmedAt\n    companyConfirmedAt\n    submittedAt\n    late\n    lastEditedByName\n    updatedAt\n    reviewComment\n    reviewedByName\n    reviewedAt\n    canEdit\n    canConfirm\n    canReview\n    attachments {\n      fileId\n      fileName\n      contentType\n      sizeBytes\n      downloadPath\n    }\n    assignment {\n      ...TandemAssignmentFields\n    }\n  }\n': typeof types.SubmissionFieldsFragmentDoc;
  '\n  query MyAssignments {\n    myAssignments {\n      assignment {\n        ...TandemAssignmentFields\n      }\n      submission {\n        id\n        status\n        confirmedByMe\n        confirmedByPartner\n        late\n      }\n    }\n  }\n': typeof types.MyAssignmentsDocument;
  '\n  query Submission($id: ID!) {\n    submission(id: $id) {\n      ...SubmissionFields\n    }\n  }\n': typeof types.SubmissionDocument;
  '\n  query SubmissionsToReview($status: SubmissionStatus, $first: Int, $after: String) {\n    submissionsToReview(status: $status, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          schoolTutorName\n          companyTutorName\n          countryCodes\n          submittedAt\n          late\n          canReview\n          assignment {\n            id\n            title\n            moduleCode\n            dueOn\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.SubmissionsToReviewDocument;
  '\n  query ModuleAssignments($moduleId: ID!) {\n    assignments(moduleId: $moduleId) {\n      ...TandemAssignmentFields\n    }\n  }\n': typeof types.ModuleAssignmentsDocument;
  '\n  mutation CreateAssignment($input: CreateAssignmentInput!) {\n    createAssignment(input: $input) {\n      ...TandemAssignmentFields\n    }\n  }\n': typeof types.CreateAssignmentDocument;
  '\n  mutation UpdateAssignment($input: UpdateAssignmentInput!) {\n    updateAssignment(input: $input) {\n      ...TandemAssignmentFields\n    }\n  }\n': typeof types.UpdateAssignmentDocument;
  '\n  mutation SaveSubmission($input: SaveSubmissionInput!) {\n    saveSubmission(input: $input) {\n      ...SubmissionFields\n    }\n  }\n': typeof types.SaveSubmissionDocument;
  '\n  mutation ConfirmSubmission($input: ConfirmSubmissionInput!) {\n    confirmSubmission(input: $input) {\n      ...SubmissionFields\n    }\n  }\n': typeof types.ConfirmSubmissionDocument;
  '\n  mutation RemoveSubmissionAttachment($input: RemoveSubmissionAttachmentInput!) {\n    removeSubmissionAttachment(input: $input) {\n      ...SubmissionFields\n    }\n  }\n': typeof types.RemoveSubmissionAttachmentDocument;
  '\n  mutation ReviewSubmission($input: ReviewSubmissionInput!) {\n    reviewSubmission(input: $input) {\n      ...SubmissionFields\n    }\n  }\n': typeof types.ReviewSubmissionDocument;
  '\n  query AuditEvents($first: Int!, $offset: Int!, $operation: String) {\n    auditEvents(first: $first, offset: $offset, operation: $operation) {\n      total\n      items {\n        id\n        occurredAt\n        actorName\n        operation\n        targetType\n        targetId\n        summary\n      }\n    }\n  }\n': typeof types.AuditEventsDocument;
  '\n  fragment AuditTrailEvent on AuditEvent {\n    id\n    occurredAt\n    actorName\n    operation\n    summary\n  }\n': typeof types.AuditTrailEventFragmentDoc;
  '\n  query MyAuditTrail($first: Int!) {\n    myAuditTrail(first: $first) {\n      total\n      items {\n        ...AuditTrailEvent\n      }\n    }\n  }\n': typeof types.MyAuditTrailDocument;
  '\n  query PersonAuditTrail($personId: ID!, $first: Int!) {\n    personAuditTrail(personId: $personId, first: $first) {\n      total\n      items {\n        ...AuditTrailEvent\n      }\n    }\n  }\n': typeof types.PersonAuditTrailDocument;
  '\n  fragment CertificateFields on Certificate {\n    id\n    number\n    publicId\n    status\n    personId\n    holderName\n    countryCode\n    language\n    programme\n    edition\n    editionId\n    achievementName\n    issuedAt\n    issuedByHand\n    issueNote\n    revokedAt\n    revocationReason\n    replacedAt\n    flaggedAt\n    flaggedStatus\n    verificationUrl\n    linkedInUrl\n    modules {\n      code\n      kind\n      jointNumber\n      title\n      hours\n    }\n    competenceAreas\n  }\n': typeof types.CertificateFieldsFragmentDoc;
  '\n  query MyCertificates {\n    myCertificates {\n      ...CertificateFields\n    }\n  }\n': typeof types.MyCertificatesDocument;
  '\n  query Certificates($first: Int!, $after: String, $filter: CertificateFilterInput) {\n    certificates(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...CertificateFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.CertificatesDocument;
  '\n  query TrainedTutorsWithoutCertificate {\n    trainedTutorsWithoutCertificate {\n      editionId\n      personId\n      name\n      countryCode\n      trainedAt\n    }\n  }\n': typeof types.TrainedTutorsWithoutCertificateDocument;
  '\n  mutation IssueCertificate($input: IssueCertificateInput!) {\n    issueCertificate(input: $input) {\n      ...CertificateFields\n    }\n  }\n': typeof types.IssueCertificateDocument;
  '\n  mutation ReissueCertificate($input: ReissueCertificateInput!) {\n    reissueCertificate(input: $input) {\n      ...CertificateFields\n    }\n  }\n': typeof types.ReissueCertificateDocument;
  '\n  mutation RevokeCertificate($input: RevokeCertificateInput!) {\n    revokeCertificate(input: $input) {\n      ...CertificateFields\n    }\n  }\n': typeof types.RevokeCertificateDocument;
  '\n  fragment VerificationFields on CredentialVerification {\n    verified\n    revoked\n    status\n    reason\n    revokedAt\n    replacedAt\n    certificate {\n      publicId\n      number\n      holderName\n      achievementName\n      achievementDescription\n      programme\n      edition\n      issuerName\n      issuedAt\n      modules {\n        code\n        kind\n        jointNumber\n        title\n        hours\n      }\n      competenceAreas\n    }\n  }\n': typeof types.VerificationFieldsFragmentDoc;
  '\n  query CertificateVerification($publicId: String!, $language: String) {\n    certificateVerification(publicId: $publicId, language: $language) {\n      ...VerificationFields\n    }\n  }\n': typeof types.CertificateVerificationDocument;
  '\n  query CertificateVerificationByNumber($number: String!, $language: String) {\n    certificateVerificationByNumber(number: $number, language: $language) {\n      ...VerificationFields\n    }\n  }\n': typeof types.CertificateVerificationByNumberDocument;
  '\n  mutation VerifyCredential($credential: JSON!, $language: String) {\n    verifyCredential(credential: $credential, language: $language) {\n      ...VerificationFields\n    }\n  }\n': typeof types.VerifyCredentialDocument;
  '\n  query TargetProgress($editionId: ID) {\n    targetProgress(editionId: $editionId) {\n      editionId\n      editionName\n      startsOn\n      endsOn\n      scope\n      scopeCountries\n      target\n      trained\n      inTraining\n      inTandem\n      withdrawn\n      onTrack\n      forecastTrained\n      attendanceRate\n      ruleRevision\n      refreshedAt\n      canSeePeople\n      funnel {\n        registered\n        inTandem\n        inTraining\n        trained\n      }\n      byCountry {\n        country\n        side\n        target\n        registered\n        inTandem\n        inTraining\n        trained\n        withdrawn\n        onTrack\n        forecastTrained\n        gap\n        shortfall\n        seatsToSchedule\n      }\n      burnUp {\n        date\n        trained\n        target\n        plan\n        forecast\n      }\n    }\n  }\n': typeof types.TargetProgressDocument;
  '\n  query CompletionPeople(\n    $countryCode: String\n    $side: TutorSide\n    $status: CompletionStatus\n    $onTrackOnly: Boolean\n    $first: Int\n    $after: String\n  ) {\n    completionPeople(\n      countryCode: $countryCode\n      side: $side\n      status: $status\n      onTrackOnly: $onTrackOnly\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      edges {\n        node {\n          personId\n          name\n          email\n          countryCode\n          side\n          organisationName\n          status\n          nationalHours\n          jointAttended\n          selfAssessmentDone\n          assignmentsAccepted\n          assignmentsRequired\n          trainedAt\n          canWithdraw\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.CompletionPeopleDocument;
  '\n  mutation RefreshCompletion {\n    refreshCompletion {\n      people\n      changes\n    }\n  }\n': typeof types.RefreshCompletionDocument;
  '\n  query Target {\n    target {\n      editionId\n      total\n      byCountry {\n        key\n        value\n      }\n      bySide {\n        key\n        value\n      }\n      canEdit\n    }\n  }\n': typeof types.TargetDocument;
  '\n  mutation SetTarget($input: SetTargetInput!) {\n    setTarget(input: $input) {\n      editionId\n      total\n      byCountry {\n        key\n        value\n      }\n      bySide {\n        key\n        value\n      }\n      canEdit\n    }\n  }\n': typeof types.SetTargetDocument;
  '\n  query CompetenceProfile($version: Int) {\n    competenceProfile(version: $version) {\n      id\n      version\n      status\n      scaleLevels\n      levelNames\n      publishedAt\n      areas {\n        id\n        code\n        title\n        missingLanguages\n        competences {\n          id\n          code\n          title\n          description\n          levels\n          areaCode\n          missingLanguages\n        }\n      }\n    }\n  }\n': typeof types.CompetenceProfileDocument;
  '\n  query CompetenceInsights($roundId: ID!) {\n    competenceInsights(roundId: $roundId) {\n      minGroupSize\n      countryCodes\n      round {\n        id\n        kind\n        moduleNumber\n      }\n      competences {\n        id\n        code\n        title\n        areaCode\n      }\n      cells {\n        competenceCode\n        countryCode\n        side\n        suppressed\n        count\n        meanLevel\n        changeSuppressed\n        changeCount\n        meanChange\n      }\n    }\n  }\n': typeof types.CompetenceInsightsDocument;
  '\n  query ModuleCompetences($moduleId: ID!) {\n    moduleCompetences(moduleId: $moduleId) {\n      moduleId\n      canEdit\n      competences {\n        id\n        code\n        title\n      }\n    }\n  }\n': typeof types.ModuleCompetencesDocument;
  '\n  mutation SetModuleCompetences($input: SetModuleCompetencesInput!) {\n    setModuleCompetences(input: $input) {\n      moduleId\n      canEdit\n      competences {\n        id\n        code\n        title\n      }\n    }\n  }\n': typeof types.SetModuleCompetencesDocument;
  '\n  query CompetenceProfiles {\n    competenceProfiles {\n      id\n      version\n      status\n      competenceCount\n      publishedAt\n    }\n  }\n': typeof types.CompetenceProfilesDocument;
  '\n  fragment EditableProfileFields on CompetenceProfile {\n    id\n    version\n    status\n    scaleLevels\n    canEdit\n    levelNameTexts {\n      language\n      title\n      description\n      levels\n    }\n    areas {\n      id\n      code\n      missingLanguages\n      texts {\n        language\n        title\n        description\n        levels\n      }\n      competences {\n        id\n        code\n        missingLanguages\n        texts {\n          language\n          title\n          description\n          levels\n        }\n      }\n    }\n  }\n': typeof types.EditableProfileFieldsFragmentDoc;
  '\n  query EditableProfile($version: Int!) {\n    competenceProfile(version: $version) {\n      ...EditableProfileFields\n    }\n  }\n': typeof types.EditableProfileDocument;
  '\n  mutation CreateCompetenceProfileDraft {\n    createCompetenceProfileDraft {\n      ...EditableProfileFields\n    }\n  }\n': typeof types.CreateCompetenceProfileDraftDocument;
  '\n  mutation SaveCompetenceProfileDraft($input: SaveCompetenceProfileDraftInput!) {\n    saveCompetenceProfileDraft(input: $input) {\n      ...EditableProfileFields\n    }\n  }\n': typeof types.SaveCompetenceProfileDraftDocument;
  '\n  mutation PublishCompetenceProfile($input: PublishCompetenceProfileInput!) {\n    publishCompetenceProfile(input: $input) {\n      ...EditableProfileFields\n    }\n  }\n': typeof types.PublishCompetenceProfileDocument;
  '\n  query AssessmentRounds {\n    assessmentRounds {\n      id\n      kind\n      moduleNumber\n      opensAt\n      closesAt\n      isOpen\n    }\n  }\n': typeof types.AssessmentRoundsDocument;
  '\n  fragment ProgressFields on TutorProgress {\n    personId\n    name\n    editionId\n    status\n    trainedAt\n    onTrack\n    computedAt\n    requirements {\n      kind\n      done\n      achieved\n      required\n      moduleNumber\n      roundKind\n      bookedAhead\n    }\n  }\n': typeof types.ProgressFieldsFragmentDoc;
  '\n  query MyProgress {\n    myProgress {\n      ...ProgressFields\n    }\n  }\n': typeof types.MyProgressDocument;
  '\n  query TutorProgress($personId: ID!) {\n    tutorProgress(personId: $personId) {\n      ...ProgressFields\n    }\n  }\n': typeof types.TutorProgressDocument;
  '\n  query CompletionRule {\n    completionRule {\n      editionId\n      requiredJointNumbers\n      minJointModules\n      minNationalHours\n      selfAssessmentKind\n      selfAssessmentModuleNumber\n      assignmentsMode\n      minAcceptedAssignments\n      revision\n      refreshedAt\n      canEdit\n    }\n  }\n': typeof types.CompletionRuleDocument;
  '\n  mutation SetCompletionRule($input: SetCompletionRuleInput!) {\n    setCompletionRule(input: $input) {\n      editionId\n      requiredJointNumbers\n      minJointModules\n      minNationalHours\n      selfAssessmentKind\n      selfAssessmentModuleNumber\n      assignmentsMode\n      minAcceptedAssignments\n      revision\n      refreshedAt\n      canEdit\n    }\n  }\n': typeof types.SetCompletionRuleDocument;
  '\n  mutation WithdrawTutor($input: WithdrawTutorInput!) {\n    withdrawTutor(input: $input) {\n      personId\n      status\n    }\n  }\n': typeof types.WithdrawTutorDocument;
  '\n  mutation ReinstateTutor($input: ReinstateTutorInput!) {\n    reinstateTutor(input: $input) {\n      personId\n      status\n    }\n  }\n': typeof types.ReinstateTutorDocument;
  '\n  fragment GlossaryTermFields on GlossaryTerm {\n    id\n    domain\n    missingLanguages\n    entries {\n      language\n      term\n      partOfSpeech\n      definition\n      example\n      synonyms\n      status\n    }\n  }\n': typeof types.GlossaryTermFieldsFragmentDoc;
  '\n  query GlossaryTerms($search: String, $domain: GlossaryDomain) {\n    glossaryTerms(search: $search, domain: $domain) {\n      ...GlossaryTermFields\n    }\n  }\n': typeof types.GlossaryTermsDocument;
  '\n  query GlossaryTerm($id: ID!) {\n    glossaryTerm(id: $id) {\n      ...GlossaryTermFields\n      related {\n        id\n        term\n      }\n    }\n  }\n': typeof types.GlossaryTermDocument;
  '\n  mutation ProposeGlossaryTerm($input: SaveGlossaryTermInput!) {\n    proposeGlossaryTerm(input: $input) {\n      ...GlossaryTermFields\n    }\n  }\n': typeof types.ProposeGlossaryTermDocument;
  '\n  mutation SaveGlossaryTerm($input: SaveGlossaryTermInput!) {\n    saveGlossaryTerm(input: $input) {\n      ...GlossaryTermFields\n    }\n  }\n': typeof types.SaveGlossaryTermDocument;
  '\n  mutation ReviewGlossaryEntry($id: ID!, $language: String!) {\n    reviewGlossaryEntry(id: $id, language: $language) {\n      ...GlossaryTermFields\n    }\n  }\n': typeof types.ReviewGlossaryEntryDocument;
  '\n  query GlossaryMatches($texts: [String!]!, $language: String!) {\n    glossaryMatches(texts: $texts, language: $language) {\n      phrase\n      termId\n      term {\n        ...GlossaryTermFields\n      }\n    }\n  }\n': typeof types.GlossaryMatchesDocument;
  '\n  query Editions {\n    editions {\n      id\n      name\n      programmeName\n      startsOn\n      endsOn\n      targetTrained\n      currentPhase {\n        id\n        kind\n        status\n      }\n    }\n  }\n': typeof types.EditionsDocument;
  '\n  fragment EditionCycle on Edition {\n    id\n    name\n    programmeName\n    startsOn\n    endsOn\n    targetTrained\n    timeZone\n    currentPhase {\n      id\n    }\n    phases {\n      id\n      kind\n      position\n      startsOn\n      endsOn\n      status\n    }\n  }\n': typeof types.EditionCycleFragmentDoc;
  '\n  query Edition($id: ID!) {\n    edition(id: $id) {\n      ...EditionCycle\n    }\n  }\n': typeof types.EditionDocument;
  '\n  mutation MoveCyclePhase($input: MoveCyclePhaseInput!) {\n    moveCyclePhase(input: $input) {\n      ...EditionCycle\n    }\n  }\n': typeof types.MoveCyclePhaseDocument;
  '\n  query CitationCompetenceSources($editionId: ID) {\n    competenceProfile {\n      id\n      areas {\n        code\n        title\n        competences {\n          code\n          title\n        }\n      }\n    }\n    assessmentRounds(editionId: $editionId) {\n      id\n      kind\n      moduleNumber\n    }\n  }\n': typeof types.CitationCompetenceSourcesDocument;
  '\n  query CitationQuotes($surveyId: ID!, $countryCode: String, $side: String) {\n    surveyResults(surveyId: $surveyId, countryCode: $countryCode, side: $side) {\n      surveyId\n      questions {\n        id\n        suppressed\n        texts\n      }\n    }\n  }\n': typeof types.CitationQuotesDocument;
  '\n  fragment EvidenceSnapshotFields on EvidenceSnapshot {\n    label\n    groupSize\n    takenAt\n    question\n    countryCode\n    side\n    value\n    change\n    changeCount\n    quote\n  }\n': typeof types.EvidenceSnapshotFieldsFragmentDoc;
  '\n  fragment FindingFields on Finding {\n    id\n    analysisId\n    status\n    statement\n    language\n    translations {\n      language\n      statement\n    }\n    priority\n    countryCodes\n    modules {\n      id\n      code\n    }\n    citations {\n      id\n      kind\n      citedAt\n      snapshot {\n        ...EvidenceSnapshotFields\n      }\n    }\n    comments {\n      id\n      authorName\n      text\n      createdAt\n    }\n    publishedAt\n    lockVersion\n    canEdit\n    canComment\n  }\n': typeof types.FindingFieldsFragmentDoc;
  '\n  fragment ImprovementActionFields on ImprovementAction {\n    id\n    status\n    change\n    owner\n    dueOn\n    module {\n      id\n      code\n    }\n    moduleVersion {\n      id\n      version\n      publishedAt\n    }\n    findings {\n      id\n      statement\n      status\n    }\n    checkNote\n    checkBefore {\n      ...EvidenceSnapshotFields\n    }\n    checkAfter {\n      ...EvidenceSnapshotFields\n    }\n    lockVersion\n  }\n': typeof types.ImprovementActionFieldsFragmentDoc;
  '\n  query InterimAnalysis($editionId: ID) {\n    interimAnalyses(editionId: $editionId) {\n      id\n      editionId\n      phaseKind\n      title\n      periodStart\n      periodEnd\n      status\n      publishedAt\n    }\n    findings(editionId: $editionId) {\n      ...FindingFields\n    }\n    improvementActions(editionId: $editionId) {\n      ...ImprovementActionFields\n    }\n  }\n': typeof types.InterimAnalysisDocument;
  '\n  query YouSaidWeDid {\n    youSaidWeDid {\n      editionId\n      analyses {\n        id\n        title\n        periodStart\n        periodEnd\n        publishedAt\n      }\n      findings {\n        ...FindingFields\n      }\n      actions {\n        ...ImprovementActionFields\n      }\n    }\n  }\n': typeof types.YouSaidWeDidDocument;
  '\n  mutation CreateFinding($input: CreateFindingInput!) {\n    createFinding(input: $input) {\n      ...FindingFields\n    }\n  }\n': typeof types.CreateFindingDocument;
  '\n  mutation AddCitation($input: AddCitationInput!) {\n    addCitation(input: $input) {\n      ...FindingFields\n    }\n  }\n': typeof types.AddCitationDocument;
  '\n  mutation RemoveCitation($citationId: ID!) {\n    removeCitation(citationId: $citationId) {\n      ...FindingFields\n    }\n  }\n': typeof types.RemoveCitationDocument;
  '\n  mutation PublishFinding($input: PublishFindingInput!) {\n    publishFinding(input: $input) {\n      ...FindingFields\n    }\n  }\n': typeof types.PublishFindingDocument;
  '\n  mutation CommentOnFinding($input: CommentOnFindingInput!) {\n    commentOnFinding(input: $input) {\n      ...FindingFields\n    }\n  }\n': typeof types.CommentOnFindingDocument;
  '\n  query CitationSurvey($id: ID!) {\n    survey(id: $id) {\n      id\n      questions {\n        id\n        code\n        type\n        text\n      }\n    }\n  }\n': typeof types.CitationSurveyDocument;
  '\n  mutation SetFindingTranslation($input: SetFindingTranslationInput!) {\n    setFindingTranslation(input: $input) {\n      ...FindingFields\n    }\n  }\n': typeof types.SetFindingTranslationDocument;
  '\n  mutation CreateImprovementAction($input: CreateImprovementActionInput!) {\n    createImprovementAction(input: $input) {\n      ...ImprovementActionFields\n    }\n  }\n': typeof types.CreateImprovementActionDocument;
  '\n  mutation UpdateImprovementAction($input: UpdateImprovementActionInput!) {\n    updateImprovementAction(input: $input) {\n      ...ImprovementActionFields\n    }\n  }\n': typeof types.UpdateImprovementActionDocument;
  '\n  mutation SetImprovementActionStatus($input: SetImprovementActionStatusInput!) {\n    setImprovementActionStatus(input: $input) {\n      ...ImprovementActionFields\n    }\n  }\n': typeof types.SetImprovementActionStatusDocument;
  '\n  query ActionModules($editionId: ID) {\n    modules(filter: { editionId: $editionId }) {\n      id\n      versionId\n      language\n      code\n      title\n    }\n  }\n': typeof types.ActionModulesDocument;
  '\n  query ActionModuleVersions($moduleId: ID!) {\n    moduleHistory(moduleId: $moduleId) {\n      id\n      version\n      status\n      publishedAt\n    }\n  }\n': typeof types.ActionModuleVersionsDocument;
  '\n  query FinalEvaluation($editionId: ID, $language: String) {\n    finalEvaluation(editionId: $editionId, language: $language) {\n      editionId\n      editionName\n      scope\n      countryCodes\n      minGroupSize\n      language\n      computedAt\n      competenceAreas {\n        code\n        title\n      }\n      competenceChange {\n        areaCode\n        countryCode\n        side\n        suppressed\n        n\n        meanBaseline\n        meanFinal\n        meanChange\n        ciLow\n        ciHigh\n        effectSize\n      }\n      satisfactionQuestionCode\n      satisfactionQuestion\n      satisfaction {\n        moduleId\n        moduleCode\n        jointNumber\n        moduleVersion\n        countryCode\n        suppressed\n        count\n        mean\n        shareHigh\n      }\n      completion {\n        target\n        trained\n        registered\n        cells {\n          countryCode\n          side\n          registered\n          trained\n          target\n        }\n      }\n      improvementActions {\n        ...ImprovementActionFields\n      }\n      finalSurveyResults {\n        surveyId\n        countryCode\n        suppressed\n        responseCount\n        questions {\n          id\n          code\n          type\n          text\n          suppressed\n          count\n          mean\n        }\n      }\n    }\n  }\n': typeof types.FinalEvaluationDocument;
  '\n  query MyNextSteps {\n    myNextSteps {\n      kind\n      done\n      href\n      moduleNumber\n      roundKind\n      dueAt\n    }\n  }\n': typeof types.MyNextStepsDocument;
  '\n  query MyWorkQueue {\n    myWorkQueue {\n      kind\n      count\n      overdue\n      oldestAt\n      href\n    }\n  }\n': typeof types.MyWorkQueueDocument;
  '\n  query WhereWeAreNow {\n    whereWeAreNow {\n      edition {\n        id\n        name\n      }\n      currentPhase {\n        id\n        kind\n        position\n        startsOn\n        endsOn\n        status\n      }\n      nextSteps {\n        kind\n        role\n      }\n    }\n  }\n': typeof types.WhereWeAreNowDocument;
  '\n  query TutorImportJob($id: String!) {\n    importJob(id: $id) {\n      id\n      status\n      fileName\n      totalRows\n      processedRows\n      error\n      finishedAt\n      summary {\n        new\n        updated\n        unchanged\n      }\n    }\n  }\n': typeof types.TutorImportJobDocument;
  '\n  query InvitationByToken($token: String!) {\n    invitation(token: $token) {\n      email\n      givenName\n      familyName\n      invitedBy\n      preferredLanguage\n      expiresAt\n      expired\n      used\n    }\n  }\n': typeof types.InvitationByTokenDocument;
  '\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...SessionPerson\n    }\n  }\n': typeof types.AcceptInvitationDocument;
  '\n  fragment ModuleSummary on Module {\n    id\n    versionId\n    language\n    code\n    kind\n    number\n    countryCode\n    title\n    titleIsFallback\n    contactHours\n    selfStudyHours\n    deliveryMode\n    version\n    status\n    publishedVersion\n    draftVersion\n    canEdit\n  }\n': typeof types.ModuleSummaryFragmentDoc;
  '\n  fragment ModuleDetail on Module {\n    ...ModuleSummary\n    editionId\n    summary\n    summaryIsFallback\n    learningOutcomes\n    learningOutcomesIsFallback\n    changeReason\n    publishedAt\n    lockVersion\n    texts {\n      language\n      title\n      summary\n      learningOutcomes\n    }\n    materials {\n      id\n      kind\n      title\n      url\n      downloadUrl\n      fileName\n      sizeBytes\n      contentType\n    }\n  }\n': typeof types.ModuleDetailFragmentDoc;
  '\n  query Modules($filter: ModuleFilter, $language: String) {\n    modules(filter: $filter, language: $language) {\n      ...ModuleSummary\n    }\n  }\n': typeof types.ModulesDocument;
  '\n  query Module($id: ID!, $draft: Boolean!, $language: String) {\n    module(id: $id, draft: $draft, language: $language) {\n      ...ModuleDetail\n    }\n  }\n': typeof types.ModuleDocument;
  '\n  query ModuleHistory($moduleId: ID!) {\n    moduleHistory(moduleId: $moduleId) {\n      id\n      version\n      status\n      publishedAt\n      changeReason\n      changes {\n        field\n        before\n        after\n      }\n      improvementActions {\n        id\n        change\n        status\n        findings {\n          id\n          statement\n        }\n      }\n    }\n  }\n': typeof types.ModuleHistoryDocument;
  '\n  query ModuleEditions {\n    editions {\n      id\n      name\n      languages\n      currentPhase {\n        id\n      }\n    }\n  }\n': typeof types.ModuleEditionsDocument;
  '\n  mutation SaveModuleDraft($input: SaveModuleDraftInput!) {\n    saveModuleDraft(input: $input) {\n      ...ModuleDetail\n    }\n  }\n': typeof types.SaveModuleDraftDocument;
  '\n  mutation PublishModule($input: PublishModuleInput!) {\n    publishModule(input: $input) {\n      ...ModuleDetail\n    }\n  }\n': typeof types.PublishModuleDocument;
  '\n  mutation AddModuleMaterialLink($input: AddModuleMaterialLinkInput!) {\n    addModuleMaterialLink(input: $input) {\n      ...ModuleDetail\n    }\n  }\n': typeof types.AddModuleMaterialLinkDocument;
  '\n  mutation RemoveModuleMaterial($input: RemoveModuleMaterialInput!) {\n    removeModuleMaterial(input: $input) {\n      ...ModuleDetail\n    }\n  }\n': typeof types.RemoveModuleMaterialDocument;
  '\n  mutation CreateModule($input: CreateModuleInput!) {\n    createModule(input: $input) {\n      ...ModuleSummary\n    }\n  }\n': typeof types.CreateModuleDocument;
  '\n  query ModuleAgreedActions($editionId: ID) {\n    improvementActions(editionId: $editionId) {\n      id\n      status\n      change\n      module {\n        id\n      }\n      findings {\n        id\n        statement\n      }\n    }\n  }\n': typeof types.ModuleAgreedActionsDocument;
  '\n  query NationalProgrammes($editionId: ID, $language: String) {\n    nationalProgrammes(editionId: $editionId, language: $language) {\n      id\n      countryCode\n      revision\n      status\n      inForce\n      totalHours\n      submittedAt\n      decidedAt\n    }\n  }\n': typeof types.NationalProgrammesDocument;
  '\n  fragment NationalProgrammeDetail on NationalProgramme {\n    id\n    editionId\n    countryCode\n    revision\n    status\n    inForce\n    lockVersion\n    canEdit\n    canSubmit\n    canDecide\n    createdAt\n    submittedAt\n    submittedByName\n    decidedAt\n    decidedByName\n    returnComments\n    totalContactHours\n    totalSelfStudyHours\n    totalHours\n    items {\n      moduleId\n      position\n      code\n      title\n      titleIsFallback\n      kind\n      number\n      moduleVersion\n      contactHours\n      selfStudyHours\n      totalHours\n    }\n    revisions {\n      id\n      revision\n      status\n      inForce\n      createdAt\n      submittedAt\n      decidedAt\n      decidedByName\n      returnComments\n    }\n  }\n': typeof types.NationalProgrammeDetailFragmentDoc;
  '\n  query NationalProgramme($id: ID!, $language: String) {\n    nationalProgramme(id: $id, language: $language) {\n      ...NationalProgrammeDetail\n    }\n  }\n': typeof types.NationalProgrammeDocument;
  '\n  query ProgrammeModuleChoices($editionId: ID!, $language: String) {\n    modules(filter: { editionId: $editionId }, language: $language) {\n      id\n      versionId\n      language\n      code\n      kind\n      number\n      countryCode\n      title\n      titleIsFallback\n      contactHours\n      selfStudyHours\n      publishedVersion\n    }\n  }\n': typeof types.ProgrammeModuleChoicesDocument;
  '\n  mutation SaveNationalProgramme($input: SaveNationalProgrammeInput!) {\n    saveNationalProgramme(input: $input) {\n      ...NationalProgrammeDetail\n    }\n  }\n': typeof types.SaveNationalProgrammeDocument;
  '\n  mutation SubmitNationalProgramme($id: ID!, $expectedLockVersion: Int) {\n    submitNationalProgramme(id: $id, expectedLockVersion: $expectedLockVersion) {\n      ...NationalProgrammeDetail\n    }\n  }\n': typeof types.SubmitNationalProgrammeDocument;
  '\n  mutation ApproveNationalProgramme($id: ID!, $expectedLockVersion: Int) {\n    approveNationalProgramme(id: $id, expectedLockVersion: $expectedLockVersion) {\n      ...NationalProgrammeDetail\n    }\n  }\n': typeof types.ApproveNationalProgrammeDocument;
  '\n  mutation ReturnNationalProgramme($id: ID!, $comments: String!, $expectedLockVersion: Int) {\n    returnNationalProgramme(id: $id, comments: $comments, expectedLockVersion: $expectedLockVersion) {\n      ...NationalProgrammeDetail\n    }\n  }\n': typeof types.ReturnNationalProgrammeDocument;
  '\n  mutation ApplyToJoinNetwork($input: ApplyToJoinNetworkInput!) {\n    applyToJoinNetwork(input: $input)\n  }\n': typeof types.ApplyToJoinNetworkDocument;
  '\n  fragment NetworkApplicationFields on NetworkApplication {\n    id\n    organisationName\n    kind\n    country\n    registryCode\n    city\n    website\n    sector\n    sizeClass\n    contactGivenName\n    contactFamilyName\n    contactEmail\n    preferredLanguage\n    message\n    status\n    decidedBy\n    decidedAt\n    rejectionReason\n    createdOrganisationId\n    createdAt\n  }\n': typeof types.NetworkApplicationFieldsFragmentDoc;
  '\n  query NetworkApplications($status: NetworkApplicationStatus, $first: Int!, $after: String) {\n    networkApplications(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          organisationName\n          kind\n          country\n          city\n          contactGivenName\n          contactFamilyName\n          status\n          createdAt\n        }\n      }\n    }\n  }\n': typeof types.NetworkApplicationsDocument;
  '\n  query NetworkApplication($id: ID!) {\n    networkApplication(id: $id) {\n      ...NetworkApplicationFields\n    }\n  }\n': typeof types.NetworkApplicationDocument;
  '\n  mutation ApproveNetworkApplication($id: ID!) {\n    approveNetworkApplication(id: $id) {\n      ...NetworkApplicationFields\n    }\n  }\n': typeof types.ApproveNetworkApplicationDocument;
  '\n  mutation RejectNetworkApplication($id: ID!, $reason: String!) {\n    rejectNetworkApplication(id: $id, reason: $reason) {\n      ...NetworkApplicationFields\n    }\n  }\n': typeof types.RejectNetworkApplicationDocument;
  '\n  fragment OrganisationSummary on Organisation {\n    id\n    name\n    kind\n    country\n    city\n    sector\n  }\n': typeof types.OrganisationSummaryFragmentDoc;
  '\n  query Organisations($filter: OrganisationFilter, $first: Int!, $after: String) {\n    organisations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...OrganisationSummary\n        }\n      }\n    }\n  }\n': typeof types.OrganisationsDocument;
  '\n  query Organisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      country\n      registryCode\n      city\n      website\n      sector\n      sizeClass\n      cluster {\n        ...OrganisationSummary\n      }\n      tutors {\n        id\n        displayName\n        side\n        occupationField\n        email\n      }\n    }\n  }\n': typeof types.OrganisationDocument;
  '\n  query Countries {\n    countries {\n      code\n      programmeCountry\n    }\n  }\n': typeof types.CountriesDocument;
  '\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n': typeof types.UnreadNotificationCountDocument;
  '\n  query MyNotifications($first: Int!) {\n    myNotifications(first: $first) {\n      id\n      kind\n      createdAt\n      readAt\n      targetType\n      targetId\n      params {\n        name\n        value\n      }\n    }\n  }\n': typeof types.MyNotificationsDocument;
  '\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids) {\n      id\n      readAt\n    }\n  }\n': typeof types.MarkNotificationsReadDocument;
  '\n  query OutboxMessages($first: Int!, $after: String) {\n    outboxMessages(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          kind\n          language\n          recipientEmail\n          subject\n          textBody\n          status\n          attempts\n          deliveryNote\n          lastError\n          createdAt\n          sentAt\n        }\n      }\n    }\n  }\n': typeof types.OutboxMessagesDocument;
  '\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n': typeof types.RequestPasswordResetDocument;
  '\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n': typeof types.ResetPasswordDocument;
  '\n  fragment PeerReviewFields on PeerReview {\n    id\n    countryCode\n    nationalProgrammeId\n    nationalProgrammeRevision\n    stage\n    visitStartsOn\n    visitEndsOn\n    reportDueOn\n    reportOverdue\n    countryComments\n    lockVersion\n    canManage\n    canWriteAsCountry\n    canWriteAsPeer\n    selfReport {\n      areaCode\n      text\n    }\n    peers {\n      personId\n      name\n      countryCode\n      trainedOn\n    }\n    interviews {\n      id\n      interviewee\n      heldOn\n      notes\n      authorName\n    }\n    recommendations {\n      id\n      areaCode\n      text\n      authorName\n      improvementActionId\n      actionStatus\n    }\n  }\n': typeof types.PeerReviewFieldsFragmentDoc;
  '\n  query PeerReviews {\n    peerReviews {\n      id\n      countryCode\n      nationalProgrammeRevision\n      stage\n      visitStartsOn\n      visitEndsOn\n      reportDueOn\n      reportOverdue\n      peers {\n        personId\n        countryCode\n      }\n    }\n  }\n': typeof types.PeerReviewsDocument;
  '\n  query PeerReview($id: ID!) {\n    peerReview(id: $id) {\n      ...PeerReviewFields\n    }\n  }\n': typeof types.PeerReviewDocument;
  '\n  mutation SavePeerReviewSelfReport($input: SavePeerReviewSelfReportInput!) {\n    savePeerReviewSelfReport(input: $input) {\n      ...PeerReviewFields\n    }\n  }\n': typeof types.SavePeerReviewSelfReportDocument;
  '\n  mutation AddPeerReviewInterview($input: AddPeerReviewInterviewInput!) {\n    addPeerReviewInterview(input: $input) {\n      ...PeerReviewFields\n    }\n  }\n': typeof types.AddPeerReviewInterviewDocument;
  '\n  mutation AddPeerReviewRecommendation($input: AddPeerReviewRecommendationInput!) {\n    addPeerReviewRecommendation(input: $input) {\n      ...PeerReviewFields\n    }\n  }\n': typeof types.AddPeerReviewRecommendationDocument;
  '\n  mutation CommentOnPeerReviewReport($input: CommentOnPeerReviewReportInput!) {\n    commentOnPeerReviewReport(input: $input) {\n      ...PeerReviewFields\n    }\n  }\n': typeof types.CommentOnPeerReviewReportDocument;
  '\n  mutation AdvancePeerReview($input: AdvancePeerReviewInput!) {\n    advancePeerReview(input: $input) {\n      ...PeerReviewFields\n    }\n  }\n': typeof types.AdvancePeerReviewDocument;
  '\n  mutation StartPeerReviewFollowUp($id: ID!) {\n    startPeerReviewFollowUp(id: $id) {\n      ...PeerReviewFields\n    }\n  }\n': typeof types.StartPeerReviewFollowUpDocument;
  '\n  mutation SetPeerReviewActionStatus($input: SetPeerReviewActionStatusInput!) {\n    setPeerReviewActionStatus(input: $input) {\n      ...PeerReviewFields\n    }\n  }\n': typeof types.SetPeerReviewActionStatusDocument;
  '\n  mutation InvitePerson($input: InvitePersonInput!) {\n    invitePerson(input: $input) {\n      id\n      displayName\n      email\n    }\n  }\n': typeof types.InvitePersonDocument;
  '\n  query InviteOrganisationChoices($country: String!) {\n    organisations(filter: { country: $country }, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          kind\n          city\n        }\n      }\n    }\n  }\n': typeof types.InviteOrganisationChoicesDocument;
  '\n  fragment PersonRoles on Person {\n    id\n    displayName\n    email\n    preferredLanguage\n    roles {\n      id\n      role\n      scopeKind\n      countryCode\n      organisation {\n        id\n        name\n      }\n    }\n  }\n': typeof types.PersonRolesFragmentDoc;
  '\n  query People(\n    $first: Int!\n    $after: String\n    $search: String\n    $role: Role\n    $countryCode: String\n    $organisationId: ID\n    $status: PersonStatus\n  ) {\n    people(\n      first: $first\n      after: $after\n      search: $search\n      role: $role\n      countryCode: $countryCode\n      organisationId: $organisationId\n      status: $status\n    ) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...PersonRoles\n          countryCode\n          status\n          organisation {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.PeopleDocument;
  '\n  query Person($id: ID!) {\n    person(id: $id) {\n      ...PersonRoles\n    }\n  }\n': typeof types.PersonDocument;
  '\n  mutation GrantRole($input: GrantRoleInput!) {\n    grantRole(input: $input) {\n      ...PersonRoles\n    }\n  }\n': typeof types.GrantRoleDocument;
  '\n  mutation RevokeRole($grantId: String!) {\n    revokeRole(grantId: $grantId) {\n      ...PersonRoles\n    }\n  }\n': typeof types.RevokeRoleDocument;
  '\n  query PersonRecord($id: ID!) {\n    personRecord(id: $id) {\n      id\n      displayName\n      email\n      status\n      deactivatedAt\n      countryCode\n      side\n      organisation {\n        id\n        name\n      }\n      roles {\n        id\n        role\n        scopeKind\n        countryCode\n        organisation {\n          id\n          name\n        }\n      }\n      tandems {\n        id\n        editionName\n        status\n        side\n        partnerId\n        partnerName\n        partnerOrganisation\n        activatedAt\n        dissolvedAt\n      }\n      enrolments {\n        sessionId\n        moduleCode\n        moduleTitle\n        moduleKind\n        startsAt\n        hours\n        sessionStatus\n        enrolmentStatus\n        attendance\n      }\n      progress {\n        ...ProgressFields\n      }\n      selfAssessments {\n        roundId\n        kind\n        moduleNumber\n        opensAt\n        closesAt\n        status\n        submittedAt\n      }\n      assignments {\n        assignmentId\n        title\n        moduleCode\n        dueOn\n        status\n        submittedAt\n      }\n      certificates {\n        id\n        number\n        publicId\n        editionName\n        status\n        issuedAt\n        revokedAt\n      }\n      statusHistory {\n        editionName\n        fromStatus\n        toStatus\n        effectiveAt\n      }\n    }\n  }\n': typeof types.PersonRecordDocument;
  '\n  fragment PolicyRecommendationFields on PolicyRecommendation {\n    id\n    title\n    text\n    language\n    audience\n    countryCode\n    status\n    findings {\n      id\n      statement\n      language\n      citations {\n        id\n        kind\n        snapshot {\n          ...EvidenceSnapshotFields\n        }\n      }\n    }\n    citations {\n      id\n      kind\n      snapshot {\n        ...EvidenceSnapshotFields\n      }\n    }\n    comments {\n      id\n      authorName\n      text\n      createdAt\n    }\n    consultationStartedAt\n    publishedAt\n    lockVersion\n    canEdit\n    canComment\n  }\n': typeof types.PolicyRecommendationFieldsFragmentDoc;
  '\n  query PolicyRecommendations {\n    policyRecommendations {\n      ...PolicyRecommendationFields\n    }\n    policyBriefs {\n      audience\n      countryCode\n      recommendationCount\n    }\n  }\n': typeof types.PolicyRecommendationsDocument;
  '\n  query RecommendableFindings {\n    findings {\n      id\n      status\n      statement\n    }\n  }\n': typeof types.RecommendableFindingsDocument;
  '\n  query PolicyBrief($audience: PolicyRecommendationAudience!, $countryCode: String) {\n    policyBrief(audience: $audience, countryCode: $countryCode) {\n      editionId\n      editionName\n      audience\n      countryCode\n      evidenceCount\n      publishedAt\n      pdfPath\n      recommendations {\n        ...PolicyRecommendationFields\n      }\n    }\n  }\n': typeof types.PolicyBriefDocument;
  '\n  mutation CreatePolicyRecommendation($input: CreatePolicyRecommendationInput!) {\n    createPolicyRecommendation(input: $input) {\n      ...PolicyRecommendationFields\n    }\n  }\n': typeof types.CreatePolicyRecommendationDocument;
  '\n  mutation UpdatePolicyRecommendation($input: UpdatePolicyRecommendationInput!) {\n    updatePolicyRecommendation(input: $input) {\n      ...PolicyRecommendationFields\n    }\n  }\n': typeof types.UpdatePolicyRecommendationDocument;
  '\n  mutation CiteInPolicyRecommendation($input: CiteInPolicyRecommendationInput!) {\n    citeInPolicyRecommendation(input: $input) {\n      ...PolicyRecommendationFields\n    }\n  }\n': typeof types.CiteInPolicyRecommendationDocument;
  '\n  mutation RemovePolicyRecommendationCitation($citationId: ID!) {\n    removePolicyRecommendationCitation(citationId: $citationId) {\n      ...PolicyRecommendationFields\n    }\n  }\n': typeof types.RemovePolicyRecommendationCitationDocument;
  '\n  mutation SetPolicyRecommendationStatus($input: SetPolicyRecommendationStatusInput!) {\n    setPolicyRecommendationStatus(input: $input) {\n      ...PolicyRecommendationFields\n    }\n  }\n': typeof types.SetPolicyRecommendationStatusDocument;
  '\n  mutation CommentOnPolicyRecommendation($input: CommentOnPolicyRecommendationInput!) {\n    commentOnPolicyRecommendation(input: $input) {\n      ...PolicyRecommendationFields\n    }\n  }\n': typeof types.CommentOnPolicyRecommendationDocument;
  '\n  query MyConsents {\n    myConsents {\n      purpose\n      granted\n      answered\n      changedAt\n    }\n  }\n': typeof types.MyConsentsDocument;
  '\n  mutation SetConsents($input: SetConsentsInput!) {\n    setConsents(input: $input) {\n      purpose\n      granted\n      answered\n      changedAt\n    }\n  }\n': typeof types.SetConsentsDocument;
  '\n  query MyDataExports {\n    myDataExports {\n      id\n      status\n      progress\n      requestedAt\n      expiresAt\n      expired\n      downloadUrl\n    }\n  }\n': typeof types.MyDataExportsDocument;
  '\n  mutation RequestDataExport {\n    requestDataExport {\n      id\n      status\n      progress\n      requestedAt\n      expiresAt\n      expired\n      downloadUrl\n    }\n  }\n': typeof types.RequestDataExportDocument;
  '\n  query MyErasureRequest {\n    myErasureRequest {\n      id\n      status\n      requestedAt\n    }\n  }\n': typeof types.MyErasureRequestDocument;
  '\n  mutation RequestErasure {\n    requestErasure {\n      id\n      status\n      requestedAt\n    }\n  }\n': typeof types.RequestErasureDocument;
  '\n  query ErasureRequests {\n    erasureRequests {\n      id\n      status\n      requestedAt\n      personName\n      holds {\n        certificates\n        attendance\n        sharedSubmissions\n      }\n    }\n  }\n': typeof types.ErasureRequestsDocument;
  '\n  mutation ConfirmErasure($id: ID!) {\n    confirmErasure(id: $id) {\n      id\n      status\n      personName\n    }\n  }\n': typeof types.ConfirmErasureDocument;
  '\n  mutation OpenAssessmentRound($input: OpenAssessmentRoundInput!) {\n    openAssessmentRound(input: $input) {\n      ...AssessmentRoundFields\n    }\n  }\n': typeof types.OpenAssessmentRoundDocument;
  '\n  mutation UpdateAssessmentRound($input: UpdateAssessmentRoundInput!) {\n    updateAssessmentRound(input: $input) {\n      ...AssessmentRoundFields\n    }\n  }\n': typeof types.UpdateAssessmentRoundDocument;
  '\n  query EditionRounds {\n    whereWeAreNow {\n      edition {\n        id\n        name\n      }\n    }\n    assessmentRounds {\n      ...AssessmentRoundFields\n    }\n  }\n': typeof types.EditionRoundsDocument;
  '\n  fragment AssessmentRoundFields on AssessmentRound {\n    id\n    kind\n    moduleNumber\n    opensAt\n    closesAt\n    isOpen\n    profileVersion\n  }\n': typeof types.AssessmentRoundFieldsFragmentDoc;
  '\n  fragment SelfAssessmentFields on SelfAssessment {\n    id\n    status\n    submittedAt\n    updatedAt\n    sharedWithPartner\n    isMine\n    ownerName\n    canEdit\n    round {\n      ...AssessmentRoundFields\n    }\n    ratings {\n      competence {\n        id\n        code\n        areaCode\n      }\n      level\n      evidence\n    }\n  }\n': typeof types.SelfAssessmentFieldsFragmentDoc;
  '\n  query MySelfAssessments {\n    assessmentRounds {\n      ...AssessmentRoundFields\n    }\n    mySelfAssessments {\n      ...SelfAssessmentFields\n    }\n  }\n': typeof types.MySelfAssessmentsDocument;
  '\n  query SelfAssessment($id: ID!) {\n    selfAssessment(id: $id) {\n      ...SelfAssessmentFields\n    }\n  }\n': typeof types.SelfAssessmentDocument;
  '\n  mutation SaveSelfAssessment($input: SaveSelfAssessmentInput!) {\n    saveSelfAssessment(input: $input) {\n      ...SelfAssessmentFields\n    }\n  }\n': typeof types.SaveSelfAssessmentDocument;
  '\n  mutation SubmitSelfAssessment($input: SubmitSelfAssessmentInput!) {\n    submitSelfAssessment(input: $input) {\n      ...SelfAssessmentFields\n    }\n  }\n': typeof types.SubmitSelfAssessmentDocument;
  '\n  mutation ShareSelfAssessment($input: ShareSelfAssessmentInput!) {\n    shareSelfAssessment(input: $input) {\n      ...SelfAssessmentFields\n    }\n  }\n': typeof types.ShareSelfAssessmentDocument;
  '\n  query TandemComparison {\n    tandemComparison {\n      round {\n        ...AssessmentRoundFields\n      }\n      schoolTutorName\n      companyTutorName\n      mineShared\n      partnerShared\n      rows {\n        competence {\n          id\n          code\n          title\n        }\n        schoolLevel\n        companyLevel\n        difference\n      }\n    }\n  }\n': typeof types.TandemComparisonDocument;
  '\n  fragment SessionPerson on Person {\n    id\n    displayName\n    givenName\n    familyName\n    email\n    preferredLanguage\n    timeZone\n    roles {\n      id\n      role\n      scopeKind\n      countryCode\n      organisation {\n        id\n        name\n      }\n    }\n  }\n': typeof types.SessionPersonFragmentDoc;
  '\n  query Me {\n    me {\n      ...SessionPerson\n    }\n  }\n': typeof types.MeDocument;
  '\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionPerson\n    }\n  }\n': typeof types.LoginDocument;
  '\n  mutation Logout {\n    logout\n  }\n': typeof types.LogoutDocument;
  '\n  fragment MobilityFields on Mobility {\n    id\n    kind\n    person {\n      id\n      name\n    }\n    learnerCount\n    fromOrganisation {\n      id\n      name\n      country\n    }\n    hostOrganisation\n    hostCountry\n    startsOn\n    endsOn\n    durationDays\n    learningOutcomes\n    outcome\n    hostOfferRequestId\n    canEdit\n    agreements {\n      id\n      version\n      fileName\n      contentType\n      sizeBytes\n      uploadedBy\n      uploadedAt\n      downloadUrl\n    }\n  }\n': typeof types.MobilityFieldsFragmentDoc;
  '\n  query Mobilities($filter: MobilityFilter, $first: Int, $after: String) {\n    mobilities(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...MobilityFields\n        }\n      }\n    }\n  }\n': typeof types.MobilitiesDocument;
  '\n  query Mobility($id: ID!) {\n    mobility(id: $id) {\n      ...MobilityFields\n    }\n  }\n': typeof types.MobilityDocument;
  '\n  query MobilityOrganisations {\n    mobilityOrganisations {\n      id\n      name\n      country\n    }\n  }\n': typeof types.MobilityOrganisationsDocument;
  '\n  query MobilityParticipants($organisationId: ID!) {\n    mobilityParticipants(organisationId: $organisationId) {\n      id\n      name\n    }\n  }\n': typeof types.MobilityParticipantsDocument;
  '\n  mutation RecordMobility($input: MobilityInput!) {\n    recordMobility(input: $input) {\n      ...MobilityFields\n    }\n  }\n': typeof types.RecordMobilityDocument;
  '\n  mutation UpdateMobility($id: ID!, $input: MobilityInput!) {\n    updateMobility(id: $id, input: $input) {\n      ...MobilityFields\n    }\n  }\n': typeof types.UpdateMobilityDocument;
  '\n  fragment HostOfferFields on HostOffer {\n    id\n    organisation {\n      id\n      name\n      country\n    }\n    kind\n    hostOrganisation\n    hostCountry\n    sector\n    description\n    places\n    placesAccepted\n    availableFrom\n    availableUntil\n    languages\n    canManage\n    requests {\n      id\n      offerId\n      organisation {\n        id\n        name\n        country\n      }\n      places\n      message\n      status\n      requestedBy\n      createdAt\n      decidedAt\n      decisionNote\n      mobilityId\n      canRecordMobility\n    }\n  }\n': typeof types.HostOfferFieldsFragmentDoc;
  '\n  query HostOffers($mine: Boolean) {\n    hostOffers(mine: $mine) {\n      ...HostOfferFields\n    }\n  }\n': typeof types.HostOffersDocument;
  '\n  query HostOffer($id: ID!) {\n    hostOffer(id: $id) {\n      ...HostOfferFields\n    }\n  }\n': typeof types.HostOfferDocument;
  '\n  query HostOfferOrganisations($offering: Boolean!) {\n    hostOfferOrganisations(offering: $offering) {\n      id\n      name\n      country\n    }\n  }\n': typeof types.HostOfferOrganisationsDocument;
  '\n  mutation OfferHostPlacements($input: HostOfferInput!) {\n    offerHostPlacements(input: $input) {\n      ...HostOfferFields\n    }\n  }\n': typeof types.OfferHostPlacementsDocument;
  '\n  mutation AskForHostPlaces($input: AskForHostPlacesInput!) {\n    askForHostPlaces(input: $input) {\n      ...HostOfferFields\n    }\n  }\n': typeof types.AskForHostPlacesDocument;
  '\n  mutation DecideHostOfferRequest($id: ID!, $accept: Boolean!, $note: String) {\n    decideHostOfferRequest(id: $id, accept: $accept, note: $note) {\n      ...HostOfferFields\n    }\n  }\n': typeof types.DecideHostOfferRequestDocument;
  '\n  query MobilityHistory($id: ID!) {\n    mobilityHistory(id: $id) {\n      occurredAt\n      operation\n      actor\n    }\n  }\n': typeof types.MobilityHistoryDocument;
  '\n  fragment StudyVisitFields on StudyVisit {\n    id\n    title\n    hostCountry\n    hostOrganisations\n    startsOn\n    endsOn\n    description\n    organisedByCountry\n    canEdit\n    budget {\n      label\n      amount\n    }\n    budgetTotal\n    myStatus\n    reportSummary\n    reportPublishedAt\n    participants {\n      status\n      whatISaw\n      whatIWillTransfer\n      person {\n        id\n        name\n      }\n    }\n  }\n': typeof types.StudyVisitFieldsFragmentDoc;
  '\n  query StudyVisits {\n    studyVisits {\n      ...StudyVisitFields\n    }\n  }\n': typeof types.StudyVisitsDocument;
  '\n  fragment StudyVisitPlan on StudyVisit {\n    ...StudyVisitFields\n    agenda {\n      day\n      time\n      title\n      place\n    }\n  }\n': typeof types.StudyVisitPlanFragmentDoc;
  '\n  query StudyVisit($id: ID!) {\n    studyVisit(id: $id) {\n      ...StudyVisitPlan\n    }\n  }\n': typeof types.StudyVisitDocument;
  '\n  query MobilityCounts {\n    mobilityCounts {\n      kind\n      fromCountry\n      hostCountry\n      year\n      mobilities\n      learners\n    }\n  }\n': typeof types.MobilityCountsDocument;
  '\n  mutation ApplyToStudyVisit($id: ID!) {\n    applyToStudyVisit(id: $id) {\n      ...StudyVisitFields\n    }\n  }\n': typeof types.ApplyToStudyVisitDocument;
  '\n  mutation SetStudyVisitParticipantStatus($id: ID!, $personId: ID!, $status: StudyVisitParticipantStatus!) {\n    setStudyVisitParticipantStatus(id: $id, personId: $personId, status: $status) {\n      ...StudyVisitFields\n    }\n  }\n': typeof types.SetStudyVisitParticipantStatusDocument;
  '\n  mutation ContributeToStudyVisitReport($id: ID!, $whatISaw: String, $whatIWillTransfer: String) {\n    contributeToStudyVisitReport(id: $id, whatISaw: $whatISaw, whatIWillTransfer: $whatIWillTransfer) {\n      ...StudyVisitFields\n    }\n  }\n': typeof types.ContributeToStudyVisitReportDocument;
  '\n  mutation CreateStudyVisit($input: StudyVisitInput!) {\n    createStudyVisit(input: $input) {\n      ...StudyVisitPlan\n    }\n  }\n': typeof types.CreateStudyVisitDocument;
  '\n  mutation UpdateStudyVisit($id: ID!, $input: StudyVisitInput!) {\n    updateStudyVisit(id: $id, input: $input) {\n      ...StudyVisitPlan\n    }\n  }\n': typeof types.UpdateStudyVisitDocument;
  '\n  query SurveyByLink($token: String!, $language: String) {\n    surveyByLink(token: $token, language: $language) {\n      kind\n      mode\n      status\n      title\n      closesAt\n      language\n      intro\n      thankYou\n      textsMayBeQuoted\n      questions {\n        ...AnsweredQuestionFields\n      }\n    }\n  }\n': typeof types.SurveyByLinkDocument;
  '\n  mutation SubmitSurveyByLink($input: SubmitSurveyByLinkInput!) {\n    submitSurveyByLink(input: $input) {\n      id\n    }\n  }\n': typeof types.SubmitSurveyByLinkDocument;
  '\n  query SurveyInvitationCounts($surveyId: ID!) {\n    surveyInvitationCounts(surveyId: $surveyId) {\n      countryCode\n      stakeholderGroup\n      invitedCount\n      answeredCount\n    }\n  }\n': typeof types.SurveyInvitationCountsDocument;
  '\n  mutation InviteSurveyStakeholders($input: InviteSurveyStakeholdersInput!) {\n    inviteSurveyStakeholders(input: $input) {\n      checkedCount\n      invitedCount\n    }\n  }\n': typeof types.InviteSurveyStakeholdersDocument;
  '\n  mutation RemindSurveyStakeholders($input: RemindSurveyStakeholdersInput!) {\n    remindSurveyStakeholders(input: $input)\n  }\n': typeof types.RemindSurveyStakeholdersDocument;
  '\n  query SurveyTemplates {\n    surveyTemplates {\n      id\n      key\n      kind\n      title\n      questionCount\n      missingLanguages\n      updatedAt\n    }\n  }\n': typeof types.SurveyTemplatesDocument;
  '\n  fragment AnsweredQuestionFields on SurveyQuestion {\n    id\n    code\n    position\n    type\n    text\n    required\n    notApplicable\n    allowOther\n    long\n    showIfQuestionId\n    showIfValue\n    options {\n      code\n      text\n    }\n  }\n': typeof types.AnsweredQuestionFieldsFragmentDoc;
  '\n  fragment SurveySummaryFields on Survey {\n    id\n    kind\n    mode\n    status\n    title\n    opensAt\n    closesAt\n    sessionId\n    sessionStartsAt\n    moduleCode\n    moduleTitle\n    countryCode\n  }\n': typeof types.SurveySummaryFieldsFragmentDoc;
  '\n  query MySurveys {\n    mySurveys {\n      status\n      survey {\n        ...SurveySummaryFields\n      }\n    }\n  }\n': typeof types.MySurveysDocument;
  '\n  query Survey($id: ID!) {\n    survey(id: $id) {\n      ...SurveySummaryFields\n      intro\n      thankYou\n      textsMayBeQuoted\n      allowEditUntilClose\n      hasResponses\n      questions {\n        ...AnsweredQuestionFields\n        byTrainer\n        translations {\n          language\n          text\n        }\n        optionTranslations {\n          language\n          text\n        }\n      }\n      canAddOwnQuestions\n    }\n  }\n': typeof types.SurveyDocument;
  '\n  mutation SubmitSurveyResponse($input: SubmitSurveyResponseInput!) {\n    submitSurveyResponse(input: $input) {\n      id\n    }\n  }\n': typeof types.SubmitSurveyResponseDocument;
  '\n  query Surveys {\n    surveys {\n      ...SurveySummaryFields\n      hasResponses\n    }\n  }\n': typeof types.SurveysDocument;
  '\n  query SurveyResults($surveyId: ID!, $countryCode: String, $side: String) {\n    surveyResults(surveyId: $surveyId, countryCode: $countryCode, side: $side) {\n      surveyId\n      countryCode\n      side\n      countryCodes\n      suppressed\n      responseCount\n      invitedCount\n      responseRate\n      minGroupSize\n      questions {\n        id\n        code\n        type\n        text\n        byTrainer\n        suppressed\n        count\n        notApplicableCount\n        mean\n        median\n        shareHigh\n        shareLow\n        texts\n        distribution {\n          value\n          label\n          count\n        }\n      }\n    }\n  }\n': typeof types.SurveyResultsDocument;
  '\n  mutation RemindSurvey($input: SurveyIdInput!) {\n    remindSurvey(input: $input)\n  }\n': typeof types.RemindSurveyDocument;
  '\n  query MySurveyDraft($surveyId: ID!) {\n    mySurveyDraft(surveyId: $surveyId) {\n      surveyId\n      submitted\n      editable\n      answers {\n        questionId\n        value\n      }\n    }\n  }\n': typeof types.MySurveyDraftDocument;
  '\n  mutation SaveSurveyDraft($input: SaveSurveyDraftInput!) {\n    saveSurveyDraft(input: $input) {\n      surveyId\n    }\n  }\n': typeof types.SaveSurveyDraftDocument;
  '\n  mutation UpdateSurveyResponse($input: SubmitSurveyResponseInput!) {\n    updateSurveyResponse(input: $input) {\n      id\n    }\n  }\n': typeof types.UpdateSurveyResponseDocument;
  '\n  mutation SetSurveyEditing($input: SetSurveyEditingInput!) {\n    setSurveyEditing(input: $input) {\n      id\n      allowEditUntilClose\n    }\n  }\n': typeof types.SetSurveyEditingDocument;
  '\n  mutation AddTrainerQuestion($input: AddTrainerQuestionInput!) {\n    addSurveyTrainerQuestion(input: $input) {\n      id\n    }\n  }\n': typeof types.AddTrainerQuestionDocument;
  '\n  mutation UpdateTrainerQuestion($input: UpdateTrainerQuestionInput!) {\n    updateSurveyTrainerQuestion(input: $input) {\n      id\n    }\n  }\n': typeof types.UpdateTrainerQuestionDocument;
  '\n  mutation RemoveTrainerQuestion($input: RemoveTrainerQuestionInput!) {\n    removeSurveyTrainerQuestion(input: $input) {\n      id\n    }\n  }\n': typeof types.RemoveTrainerQuestionDocument;
  '\n  query SurveyQuestionComparison(\n    $surveyId: ID!\n    $questionCode: String!\n    $by: SurveyComparisonBy!\n    $countryCode: String\n    $side: String\n    $responseLanguage: String\n    $trainerId: ID\n  ) {\n    surveyQuestionComparison(\n      surveyId: $surveyId\n      questionCode: $questionCode\n      by: $by\n      countryCode: $countryCode\n      side: $side\n      responseLanguage: $responseLanguage\n      trainerId: $trainerId\n    ) {\n      surveyId\n      questionCode\n      type\n      text\n      by\n      countryCode\n      side\n      responseLanguage\n      trainerId\n      trainers {\n        id\n        name\n      }\n      moduleCode\n      minGroupSize\n      totalCount\n      groups {\n        key\n        label\n        surveyId\n        sessionStartsAt\n        countryCode\n        moduleVersion\n        suppressed\n        count\n        mean\n        notApplicableCount\n        distribution {\n          value\n          label\n          count\n        }\n      }\n    }\n  }\n': typeof types.SurveyQuestionComparisonDocument;
  '\n  query SessionFeedbackLink($sessionId: ID!) {\n    sessionFeedbackLink(sessionId: $sessionId) {\n      surveyId\n      path\n      closesAt\n    }\n  }\n': typeof types.SessionFeedbackLinkDocument;
  '\n  fragment TandemTutor on Tutor {\n    id\n    displayName\n    side\n    email\n    occupationField\n    organisation {\n      id\n      name\n      city\n      country\n    }\n  }\n': typeof types.TandemTutorFragmentDoc;
  '\n  fragment TandemFields on Tandem {\n    id\n    editionId\n    status\n    byInvitation\n    crossBorder\n    canDissolve\n    canRespond\n    createdAt\n    activatedAt\n    formedByName\n    schoolTutor {\n      ...TandemTutor\n    }\n    companyTutor {\n      ...TandemTutor\n    }\n  }\n': typeof types.TandemFieldsFragmentDoc;
  '\n  query MyTandem {\n    myTandem {\n      ...TandemFields\n    }\n  }\n': typeof types.MyTandemDocument;
  '\n  fragment TandemListItem on Tandem {\n    id\n    status\n    canDissolve\n    createdAt\n    schoolTutor {\n      id\n      displayName\n      organisation {\n        id\n        name\n      }\n    }\n    companyTutor {\n      id\n      displayName\n      organisation {\n        id\n        name\n      }\n    }\n  }\n': typeof types.TandemListItemFragmentDoc;
  '\n  query Tandems($country: String, $status: TandemStatus, $first: Int!, $after: String) {\n    tandems(country: $country, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...TandemListItem\n        }\n      }\n    }\n  }\n': typeof types.TandemsDocument;
  '\n  query UnpairedTutors($countryCode: String!) {\n    unpairedTutors(countryCode: $countryCode) {\n      tutor {\n        id\n        displayName\n        side\n        organisation {\n          id\n          name\n          city\n        }\n      }\n      suggestions {\n        reason\n        tutor {\n          id\n          displayName\n        }\n      }\n    }\n  }\n': typeof types.UnpairedTutorsDocument;
  '\n  mutation FormTandem($input: FormTandemInput!) {\n    formTandem(input: $input) {\n      ...TandemFields\n    }\n  }\n': typeof types.FormTandemDocument;
  '\n  mutation RespondToTandemInvitation($input: RespondToTandemInvitationInput!) {\n    respondToTandemInvitation(input: $input) {\n      ...TandemFields\n    }\n  }\n': typeof types.RespondToTandemInvitationDocument;
  '\n  mutation DissolveTandem($input: DissolveTandemInput!) {\n    dissolveTandem(input: $input) {\n      ...TandemFields\n      dissolvedAt\n      dissolutionKind\n    }\n  }\n': typeof types.DissolveTandemDocument;
  '\n  query MyPartnerCandidates {\n    myPartnerCandidates {\n      reason\n      tutor {\n        ...TandemTutor\n      }\n    }\n  }\n': typeof types.MyPartnerCandidatesDocument;
  '\n  mutation InviteTandemPartner($input: InviteTandemPartnerInput!) {\n    inviteTandemPartner(input: $input) {\n      ...TandemFields\n    }\n  }\n': typeof types.InviteTandemPartnerDocument;
  '\n  query MyProposals {\n    myProposals {\n      id\n      kind\n      targetId\n      resourceKind\n      title\n      language\n      status\n      decision\n      reason\n      reviewerName\n      decidedAt\n      proposedAt\n    }\n  }\n': typeof types.MyProposalsDocument;
  '\n  fragment ResourceSummary on Resource {\n    id\n    kind\n    status\n    title\n    summary\n    shownLanguage\n    languages\n    audience\n    countryCode\n    downloadCount\n    createdAt\n    reviewReason\n    canReview\n  }\n': typeof types.ResourceSummaryFragmentDoc;
  '\n  query Resources($filter: ResourceFilter, $sort: ResourceSort!, $first: Int!, $after: String) {\n    resources(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...ResourceSummary\n        }\n      }\n    }\n  }\n': typeof types.ResourcesDocument;
  '\n  query Resource($id: ID!) {\n    resource(id: $id) {\n      ...ResourceSummary\n      licence\n      source\n      author\n      parentId\n      position\n      titles {\n        language\n        text\n      }\n      content {\n        id\n        language\n        version\n        body\n        url\n        createdAt\n      }\n      versions {\n        id\n        language\n        version\n        body\n        url\n        createdAt\n      }\n      items {\n        id\n        kind\n        position\n        title\n      }\n    }\n  }\n': typeof types.ResourceDocument;
  '\n  mutation RecordResourceDownload($id: ID!) {\n    recordResourceDownload(id: $id)\n  }\n': typeof types.RecordResourceDownloadDocument;
  '\n  mutation ProposeResource($input: ProposeResourceInput!) {\n    proposeResource(input: $input) {\n      ...ResourceSummary\n    }\n  }\n': typeof types.ProposeResourceDocument;
  '\n  mutation ReviewResource($id: ID!, $decision: ResourceDecision!, $reason: String) {\n    reviewResource(id: $id, decision: $decision, reason: $reason) {\n      ...ResourceSummary\n    }\n  }\n': typeof types.ReviewResourceDocument;
  '\n  query ToolboxFilterOptions {\n    competenceProfile {\n      id\n      areas {\n        id\n        competences {\n          id\n          code\n          title\n        }\n      }\n    }\n    modules {\n      id\n      versionId\n      language\n      code\n      title\n    }\n  }\n': typeof types.ToolboxFilterOptionsDocument;
  '\n  query SuggestedResources($moduleId: ID, $first: Int) {\n    suggestedResources(moduleId: $moduleId, first: $first) {\n      resource {\n        id\n        kind\n        title\n        shownLanguage\n      }\n      reasons {\n        competenceId\n        code\n        title\n        level\n        scaleLevels\n      }\n    }\n  }\n': typeof types.SuggestedResourcesDocument;
  '\n  fragment TrainingSessionFields on TrainingSession {\n    id\n    moduleId\n    moduleCode\n    moduleTitle\n    moduleKind\n    jointNumber\n    countryCode\n    startsAt\n    endsAt\n    timeZone\n    localStartsAt\n    localEndsAt\n    localEnrolmentDeadline\n    enrolmentDeadline\n    hours\n    capacity\n    seatsTaken\n    seatsLeft\n    waitlistCount\n    status\n    cancelReason\n    venue\n    onlineUrl\n    language\n    allowSingles\n    trainers {\n      id\n      name\n    }\n    myEnrolmentId\n    myEnrolmentStatus\n    myAttendance\n    canEdit\n    canKeepRoster\n  }\n': typeof types.TrainingSessionFieldsFragmentDoc;
  '\n  fragment EnrolmentFields on Enrolment {\n    id\n    sessionId\n    tandemId\n    status\n    seats\n    waitlistPosition\n    calendarPath\n    people {\n      id\n      name\n      attendance\n    }\n  }\n': typeof types.EnrolmentFieldsFragmentDoc;
  '\n  query TrainingSessions(\n    $first: Int\n    $after: String\n    $upcoming: Boolean\n    $openOnly: Boolean\n    $withSeatsLeft: Boolean\n    $moduleId: ID\n  ) {\n    trainingSessions(\n      first: $first\n      after: $after\n      upcoming: $upcoming\n      openOnly: $openOnly\n      withSeatsLeft: $withSeatsLeft\n      moduleId: $moduleId\n    ) {\n      totalCount\n      edges {\n        node {\n          ...TrainingSessionFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.TrainingSessionsDocument;
  '\n  query Agenda($first: Int, $after: String, $upcoming: Boolean) {\n    agenda(first: $first, after: $after, upcoming: $upcoming) {\n      totalCount\n      edges {\n        node {\n          ...TrainingSessionFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.AgendaDocument;
  '\n  query TrainingSession($id: ID!) {\n    trainingSession(id: $id) {\n      ...TrainingSessionFields\n    }\n  }\n': typeof types.TrainingSessionDocument;
  '\n  query MyEnrolments {\n    myEnrolments {\n      canCancel\n      enrolment {\n        ...EnrolmentFields\n      }\n      session {\n        ...TrainingSessionFields\n      }\n    }\n    hasCalendarFeed\n  }\n': typeof types.MyEnrolmentsDocument;
  '\n  query SessionRoster($sessionId: ID!) {\n    sessionRoster(sessionId: $sessionId) {\n      session {\n        ...TrainingSessionFields\n      }\n      enrolments {\n        ...EnrolmentFields\n      }\n    }\n  }\n': typeof types.SessionRosterDocument;
  '\n  query CheckInCode($sessionId: ID!) {\n    checkInCode(sessionId: $sessionId) {\n      code\n      path\n      expiresAt\n    }\n  }\n': typeof types.CheckInCodeDocument;
  '\n  mutation BookSession($input: BookSessionInput!) {\n    bookSession(input: $input) {\n      ...EnrolmentFields\n    }\n  }\n': typeof types.BookSessionDocument;
  '\n  mutation CancelEnrolment($input: CancelEnrolmentInput!) {\n    cancelEnrolment(input: $input) {\n      ...EnrolmentFields\n    }\n  }\n': typeof types.CancelEnrolmentDocument;
  '\n  mutation ScheduleSession($input: ScheduleSessionInput!) {\n    scheduleSession(input: $input) {\n      ...TrainingSessionFields\n    }\n  }\n': typeof types.ScheduleSessionDocument;
  '\n  mutation ScheduleSessionSeries($input: ScheduleSessionSeriesInput!) {\n    scheduleSessionSeries(input: $input) {\n      ...TrainingSessionFields\n    }\n  }\n': typeof types.ScheduleSessionSeriesDocument;
  '\n  mutation CancelSession($input: CancelSessionInput!) {\n    cancelSession(input: $input) {\n      ...TrainingSessionFields\n    }\n  }\n': typeof types.CancelSessionDocument;
  '\n  mutation CompleteSession($input: CompleteSessionInput!) {\n    completeSession(input: $input) {\n      ...TrainingSessionFields\n    }\n  }\n': typeof types.CompleteSessionDocument;
  '\n  mutation MarkAttendance($input: MarkAttendanceInput!) {\n    markAttendance(input: $input) {\n      enrolments {\n        ...EnrolmentFields\n      }\n    }\n  }\n': typeof types.MarkAttendanceDocument;
  '\n  mutation CheckIn($input: CheckInInput!) {\n    checkIn(input: $input) {\n      ...TrainingSessionFields\n    }\n  }\n': typeof types.CheckInDocument;
  '\n  mutation CreateCalendarFeed {\n    createCalendarFeed {\n      path\n    }\n  }\n': typeof types.CreateCalendarFeedDocument;
  '\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n': typeof types.RevokeCalendarFeedDocument;
  '\n  query SchedulableModules {\n    modules {\n      id\n      versionId\n      language\n      code\n      kind\n      countryCode\n      title\n      status\n    }\n  }\n': typeof types.SchedulableModulesDocument;
  '\n  mutation UpdateSession($input: UpdateSessionInput!) {\n    updateSession(input: $input) {\n      ...TrainingSessionFields\n    }\n  }\n': typeof types.UpdateSessionDocument;
  '\n  query EnrollableTandems($sessionId: ID!) {\n    enrollableTandems(sessionId: $sessionId) {\n      id\n      names\n      countryCode\n    }\n  }\n': typeof types.EnrollableTandemsDocument;
  '\n  query MoveTargets($moduleId: ID!) {\n    trainingSessions(moduleId: $moduleId, upcoming: true, first: 50) {\n      edges {\n        node {\n          id\n          status\n          startsAt\n          venue\n          seatsLeft\n        }\n      }\n    }\n  }\n': typeof types.MoveTargetsDocument;
  '\n  mutation MoveEnrolment($input: MoveEnrolmentInput!) {\n    moveEnrolment(input: $input) {\n      ...EnrolmentFields\n    }\n  }\n': typeof types.MoveEnrolmentDocument;
};
const documents: Documents = {
  '\n  mutation UpdateMyPreferences($input: UpdateMyPreferencesInput!) {\n    updateMyPreferences(input: $input) {\n      ...SessionPerson\n    }\n  }\n':
    types.UpdateMyPreferencesDocument,
  '\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n':
    types.ChangePasswordDocument,
  '\n  fragment TandemAssignmentFields on TandemAssignment {\n    id\n    moduleId\n    moduleCode\n    moduleTitle\n    moduleVersion\n    title\n    instructions\n    dueOn\n    createdByName\n    canEdit\n  }\n':
    types.TandemAssignmentFieldsFragmentDoc,
  '\n  fragment SubmissionFields on AssignmentSubmission {\n    id\n    tandemId\n    schoolTutorName\n    companyTutorName\n    countryCodes\n    status\n    text\n    lockVersion\n    confirmedByMe\n    confirmedByPartner\n    schoolConfirmedAt\n    companyConfirmedAt\n    submittedAt\n    late\n    lastEditedByName\n    updatedAt\n    reviewComment\n    reviewedByName\n    reviewedAt\n    canEdit\n    canConfirm\n    canReview\n    attachments {\n      fileId\n      fileName\n      contentType\n      sizeBytes\n      downloadPath\n    }\n    assignment {\n      ...TandemAssignmentFields\n    }\n  }\n':
    types.SubmissionFieldsFragmentDoc,
  '\n  query MyAssignments {\n    myAssignments {\n      assignment {\n        ...TandemAssignmentFields\n      }\n      submission {\n        id\n        status\n        confirmedByMe\n        confirmedByPartner\n        late\n      }\n    }\n  }\n':
    types.MyAssignmentsDocument,
  '\n  query Submission($id: ID!) {\n    submission(id: $id) {\n      ...SubmissionFields\n    }\n  }\n':
    types.SubmissionDocument,
  '\n  query SubmissionsToReview($status: SubmissionStatus, $first: Int, $after: String) {\n    submissionsToReview(status: $status, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          schoolTutorName\n          companyTutorName\n          countryCodes\n          submittedAt\n          late\n          canReview\n          assignment {\n            id\n            title\n            moduleCode\n            dueOn\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.SubmissionsToReviewDocument,
  '\n  query ModuleAssignments($moduleId: ID!) {\n    assignments(moduleId: $moduleId) {\n      ...TandemAssignmentFields\n    }\n  }\n':
    types.ModuleAssignmentsDocument,
  '\n  mutation CreateAssignment($input: CreateAssignmentInput!) {\n    createAssignment(input: $input) {\n      ...TandemAssignmentFields\n    }\n  }\n':
    types.CreateAssignmentDocument,
  '\n  mutation UpdateAssignment($input: UpdateAssignmentInput!) {\n    updateAssignment(input: $input) {\n      ...TandemAssignmentFields\n    }\n  }\n':
    types.UpdateAssignmentDocument,
  '\n  mutation SaveSubmission($input: SaveSubmissionInput!) {\n    saveSubmission(input: $input) {\n      ...SubmissionFields\n    }\n  }\n':
    types.SaveSubmissionDocument,
  '\n  mutation ConfirmSubmission($input: ConfirmSubmissionInput!) {\n    confirmSubmission(input: $input) {\n      ...SubmissionFields\n    }\n  }\n':
    types.ConfirmSubmissionDocument,
  '\n  mutation RemoveSubmissionAttachment($input: RemoveSubmissionAttachmentInput!) {\n    removeSubmissionAttachment(input: $input) {\n      ...SubmissionFields\n    }\n  }\n':
    types.RemoveSubmissionAttachmentDocument,
  '\n  mutation ReviewSubmission($input: ReviewSubmissionInput!) {\n    reviewSubmission(input: $input) {\n      ...SubmissionFields\n    }\n  }\n':
    types.ReviewSubmissionDocument,
  '\n  query AuditEvents($first: Int!, $offset: Int!, $operation: String) {\n    auditEvents(first: $first, offset: $offset, operation: $operation) {\n      total\n      items {\n        id\n        occurredAt\n        actorName\n        operation\n        targetType\n        targetId\n        summary\n      }\n    }\n  }\n':
    types.AuditEventsDocument,
  '\n  fragment AuditTrailEvent on AuditEvent {\n    id\n    occurredAt\n    actorName\n    operation\n    summary\n  }\n':
    types.AuditTrailEventFragmentDoc,
  '\n  query MyAuditTrail($first: Int!) {\n    myAuditTrail(first: $first) {\n      total\n      items {\n        ...AuditTrailEvent\n      }\n    }\n  }\n':
    types.MyAuditTrailDocument,
  '\n  query PersonAuditTrail($personId: ID!, $first: Int!) {\n    personAuditTrail(personId: $personId, first: $first) {\n      total\n      items {\n        ...AuditTrailEvent\n      }\n    }\n  }\n':
    types.PersonAuditTrailDocument,
  '\n  fragment CertificateFields on Certificate {\n    id\n    number\n    publicId\n    status\n    personId\n    holderName\n    countryCode\n    language\n    programme\n    edition\n    editionId\n    achievementName\n    issuedAt\n    issuedByHand\n    issueNote\n    revokedAt\n    revocationReason\n    replacedAt\n    flaggedAt\n    flaggedStatus\n    verificationUrl\n    linkedInUrl\n    modules {\n      code\n      kind\n      jointNumber\n      title\n      hours\n    }\n    competenceAreas\n  }\n':
    types.CertificateFieldsFragmentDoc,
  '\n  query MyCertificates {\n    myCertificates {\n      ...CertificateFields\n    }\n  }\n':
    types.MyCertificatesDocument,
  '\n  query Certificates($first: Int!, $after: String, $filter: CertificateFilterInput) {\n    certificates(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...CertificateFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.CertificatesDocument,
  '\n  query TrainedTutorsWithoutCertificate {\n    trainedTutorsWithoutCertificate {\n      editionId\n      personId\n      name\n      countryCode\n      trainedAt\n    }\n  }\n':
    types.TrainedTutorsWithoutCertificateDocument,
  '\n  mutation IssueCertificate($input: IssueCertificateInput!) {\n    issueCertificate(input: $input) {\n      ...CertificateFields\n    }\n  }\n':
    types.IssueCertificateDocument,
  '\n  mutation ReissueCertificate($input: ReissueCertificateInput!) {\n    reissueCertificate(input: $input) {\n      ...CertificateFields\n    }\n  }\n':
    types.ReissueCertificateDocument,
  '\n  mutation RevokeCertificate($input: RevokeCertificateInput!) {\n    revokeCertificate(input: $input) {\n      ...CertificateFields\n    }\n  }\n':
    types.RevokeCertificateDocument,
  '\n  fragment VerificationFields on CredentialVerification {\n    verified\n    revoked\n    status\n    reason\n    revokedAt\n    replacedAt\n    certificate {\n      publicId\n      number\n      holderName\n      achievementName\n      achievementDescription\n      programme\n      edition\n      issuerName\n      issuedAt\n      modules {\n        code\n        kind\n        jointNumber\n        title\n        hours\n      }\n      competenceAreas\n    }\n  }\n':
    types.VerificationFieldsFragmentDoc,
  '\n  query CertificateVerification($publicId: String!, $language: String) {\n    certificateVerification(publicId: $publicId, language: $language) {\n      ...VerificationFields\n    }\n  }\n':
    types.CertificateVerificationDocument,
  '\n  query CertificateVerificationByNumber($number: String!, $language: String) {\n    certificateVerificationByNumber(number: $number, language: $language) {\n      ...VerificationFields\n    }\n  }\n':
    types.CertificateVerificationByNumberDocument,
  '\n  mutation VerifyCredential($credential: JSON!, $language: String) {\n    verifyCredential(credential: $credential, language: $language) {\n      ...VerificationFields\n    }\n  }\n':
    types.VerifyCredentialDocument,
  '\n  query TargetProgress($editionId: ID) {\n    targetProgress(editionId: $editionId) {\n      editionId\n      editionName\n      startsOn\n      endsOn\n      scope\n      scopeCountries\n      target\n      trained\n      inTraining\n      inTandem\n      withdrawn\n      onTrack\n      forecastTrained\n      attendanceRate\n      ruleRevision\n      refreshedAt\n      canSeePeople\n      funnel {\n        registered\n        inTandem\n        inTraining\n        trained\n      }\n      byCountry {\n        country\n        side\n        target\n        registered\n        inTandem\n        inTraining\n        trained\n        withdrawn\n        onTrack\n        forecastTrained\n        gap\n        shortfall\n        seatsToSchedule\n      }\n      burnUp {\n        date\n        trained\n        target\n        plan\n        forecast\n      }\n    }\n  }\n':
    types.TargetProgressDocument,
  '\n  query CompletionPeople(\n    $countryCode: String\n    $side: TutorSide\n    $status: CompletionStatus\n    $onTrackOnly: Boolean\n    $first: Int\n    $after: String\n  ) {\n    completionPeople(\n      countryCode: $countryCode\n      side: $side\n      status: $status\n      onTrackOnly: $onTrackOnly\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      edges {\n        node {\n          personId\n          name\n          email\n          countryCode\n          side\n          organisationName\n          status\n          nationalHours\n          jointAttended\n          selfAssessmentDone\n          assignmentsAccepted\n          assignmentsRequired\n          trainedAt\n          canWithdraw\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.CompletionPeopleDocument,
  '\n  mutation RefreshCompletion {\n    refreshCompletion {\n      people\n      changes\n    }\n  }\n':
    types.RefreshCompletionDocument,
  '\n  query Target {\n    target {\n      editionId\n      total\n      byCountry {\n        key\n        value\n      }\n      bySide {\n        key\n        value\n      }\n      canEdit\n    }\n  }\n':
    types.TargetDocument,
  '\n  mutation SetTarget($input: SetTargetInput!) {\n    setTarget(input: $input) {\n      editionId\n      total\n      byCountry {\n        key\n        value\n      }\n      bySide {\n        key\n        value\n      }\n      canEdit\n    }\n  }\n':
    types.SetTargetDocument,
  '\n  query CompetenceProfile($version: Int) {\n    competenceProfile(version: $version) {\n      id\n      version\n      status\n      scaleLevels\n      levelNames\n      publishedAt\n      areas {\n        id\n        code\n        title\n        missingLanguages\n        competences {\n          id\n          code\n          title\n          description\n          levels\n          areaCode\n          missingLanguages\n        }\n      }\n    }\n  }\n':
    types.CompetenceProfileDocument,
  '\n  query CompetenceInsights($roundId: ID!) {\n    competenceInsights(roundId: $roundId) {\n      minGroupSize\n      countryCodes\n      round {\n        id\n        kind\n        moduleNumber\n      }\n      competences {\n        id\n        code\n        title\n        areaCode\n      }\n      cells {\n        competenceCode\n        countryCode\n        side\n        suppressed\n        count\n        meanLevel\n        changeSuppressed\n        changeCount\n        meanChange\n      }\n    }\n  }\n':
    types.CompetenceInsightsDocument,
  '\n  query ModuleCompetences($moduleId: ID!) {\n    moduleCompetences(moduleId: $moduleId) {\n      moduleId\n      canEdit\n      competences {\n        id\n        code\n        title\n      }\n    }\n  }\n':
    types.ModuleCompetencesDocument,
  '\n  mutation SetModuleCompetences($input: SetModuleCompetencesInput!) {\n    setModuleCompetences(input: $input) {\n      moduleId\n      canEdit\n      competences {\n        id\n        code\n        title\n      }\n    }\n  }\n':
    types.SetModuleCompetencesDocument,
  '\n  query CompetenceProfiles {\n    competenceProfiles {\n      id\n      version\n      status\n      competenceCount\n      publishedAt\n    }\n  }\n':
    types.CompetenceProfilesDocument,
  '\n  fragment EditableProfileFields on CompetenceProfile {\n    id\n    version\n    status\n    scaleLevels\n    canEdit\n    levelNameTexts {\n      language\n      title\n      description\n      levels\n    }\n    areas {\n      id\n      code\n      missingLanguages\n      texts {\n        language\n        title\n        description\n        levels\n      }\n      competences {\n        id\n        code\n        missingLanguages\n        texts {\n          language\n          title\n          description\n          levels\n        }\n      }\n    }\n  }\n':
    types.EditableProfileFieldsFragmentDoc,
  '\n  query EditableProfile($version: Int!) {\n    competenceProfile(version: $version) {\n      ...EditableProfileFields\n    }\n  }\n':
    types.EditableProfileDocument,
  '\n  mutation CreateCompetenceProfileDraft {\n    createCompetenceProfileDraft {\n      ...EditableProfileFields\n    }\n  }\n':
    types.CreateCompetenceProfileDraftDocument,
  '\n  mutation SaveCompetenceProfileDraft($input: SaveCompetenceProfileDraftInput!) {\n    saveCompetenceProfileDraft(input: $input) {\n      ...EditableProfileFields\n    }\n  }\n':
    types.SaveCompetenceProfileDraftDocument,
  '\n  mutation PublishCompetenceProfile($input: PublishCompetenceProfileInput!) {\n    publishCompetenceProfile(input: $input) {\n      ...EditableProfileFields\n    }\n  }\n':
    types.PublishCompetenceProfileDocument,
  '\n  query AssessmentRounds {\n    assessmentRounds {\n      id\n      kind\n      moduleNumber\n      opensAt\n      closesAt\n      isOpen\n    }\n  }\n':
    types.AssessmentRoundsDocument,
  '\n  fragment ProgressFields on TutorProgress {\n    personId\n    name\n    editionId\n    status\n    trainedAt\n    onTrack\n    computedAt\n    requirements {\n      kind\n      done\n      achieved\n      required\n      moduleNumber\n      roundKind\n      bookedAhead\n    }\n  }\n':
    types.ProgressFieldsFragmentDoc,
  '\n  query MyProgress {\n    myProgress {\n      ...ProgressFields\n    }\n  }\n': types.MyProgressDocument,
  '\n  query TutorProgress($personId: ID!) {\n    tutorProgress(personId: $personId) {\n      ...ProgressFields\n    }\n  }\n':
    types.TutorProgressDocument,
  '\n  query CompletionRule {\n    completionRule {\n      editionId\n      requiredJointNumbers\n      minJointModules\n      minNationalHours\n      selfAssessmentKind\n      selfAssessmentModuleNumber\n      assignmentsMode\n      minAcceptedAssignments\n      revision\n      refreshedAt\n      canEdit\n    }\n  }\n':
    types.CompletionRuleDocument,
  '\n  mutation SetCompletionRule($input: SetCompletionRuleInput!) {\n    setCompletionRule(input: $input) {\n      editionId\n      requiredJointNumbers\n      minJointModules\n      minNationalHours\n      selfAssessmentKind\n      selfAssessmentModuleNumber\n      assignmentsMode\n      minAcceptedAssignments\n      revision\n      refreshedAt\n      canEdit\n    }\n  }\n':
    types.SetCompletionRuleDocument,
  '\n  mutation WithdrawTutor($input: WithdrawTutorInput!) {\n    withdrawTutor(input: $input) {\n      personId\n      status\n    }\n  }\n':
    types.WithdrawTutorDocument,
  '\n  mutation ReinstateTutor($input: ReinstateTutorInput!) {\n    reinstateTutor(input: $input) {\n      personId\n      status\n    }\n  }\n':
    types.ReinstateTutorDocument,
  '\n  fragment GlossaryTermFields on GlossaryTerm {\n    id\n    domain\n    missingLanguages\n    entries {\n      language\n      term\n      partOfSpeech\n      definition\n      example\n      synonyms\n      status\n    }\n  }\n':
    types.GlossaryTermFieldsFragmentDoc,
  '\n  query GlossaryTerms($search: String, $domain: GlossaryDomain) {\n    glossaryTerms(search: $search, domain: $domain) {\n      ...GlossaryTermFields\n    }\n  }\n':
    types.GlossaryTermsDocument,
  '\n  query GlossaryTerm($id: ID!) {\n    glossaryTerm(id: $id) {\n      ...GlossaryTermFields\n      related {\n        id\n        term\n      }\n    }\n  }\n':
    types.GlossaryTermDocument,
  '\n  mutation ProposeGlossaryTerm($input: SaveGlossaryTermInput!) {\n    proposeGlossaryTerm(input: $input) {\n      ...GlossaryTermFields\n    }\n  }\n':
    types.ProposeGlossaryTermDocument,
  '\n  mutation SaveGlossaryTerm($input: SaveGlossaryTermInput!) {\n    saveGlossaryTerm(input: $input) {\n      ...GlossaryTermFields\n    }\n  }\n':
    types.SaveGlossaryTermDocument,
  '\n  mutation ReviewGlossaryEntry($id: ID!, $language: String!) {\n    reviewGlossaryEntry(id: $id, language: $language) {\n      ...GlossaryTermFields\n    }\n  }\n':
    types.ReviewGlossaryEntryDocument,
  '\n  query GlossaryMatches($texts: [String!]!, $language: String!) {\n    glossaryMatches(texts: $texts, language: $language) {\n      phrase\n      termId\n      term {\n        ...GlossaryTermFields\n      }\n    }\n  }\n':
    types.GlossaryMatchesDocument,
  '\n  query Editions {\n    editions {\n      id\n      name\n      programmeName\n      startsOn\n      endsOn\n      targetTrained\n      currentPhase {\n        id\n        kind\n        status\n      }\n    }\n  }\n':
    types.EditionsDocument,
  '\n  fragment EditionCycle on Edition {\n    id\n    name\n    programmeName\n    startsOn\n    endsOn\n    targetTrained\n    timeZone\n    currentPhase {\n      id\n    }\n    phases {\n      id\n      kind\n      position\n      startsOn\n      endsOn\n      status\n    }\n  }\n':
    types.EditionCycleFragmentDoc,
  '\n  query Edition($id: ID!) {\n    edition(id: $id) {\n      ...EditionCycle\n    }\n  }\n': types.EditionDocument,
  '\n  mutation MoveCyclePhase($input: MoveCyclePhaseInput!) {\n    moveCyclePhase(input: $input) {\n      ...EditionCycle\n    }\n  }\n':
    types.MoveCyclePhaseDocument,
  '\n  query CitationCompetenceSources($editionId: ID) {\n    competenceProfile {\n      id\n      areas {\n        code\n        title\n        competences {\n          code\n          title\n        }\n      }\n    }\n    assessmentRounds(editionId: $editionId) {\n      id\n      kind\n      moduleNumber\n    }\n  }\n':
    types.CitationCompetenceSourcesDocument,
  '\n  query CitationQuotes($surveyId: ID!, $countryCode: String, $side: String) {\n    surveyResults(surveyId: $surveyId, countryCode: $countryCode, side: $side) {\n      surveyId\n      questions {\n        id\n        suppressed\n        texts\n      }\n    }\n  }\n':
    types.CitationQuotesDocument,
  '\n  fragment EvidenceSnapshotFields on EvidenceSnapshot {\n    label\n    groupSize\n    takenAt\n    question\n    countryCode\n    side\n    value\n    change\n    changeCount\n    quote\n  }\n':
    types.EvidenceSnapshotFieldsFragmentDoc,
  '\n  fragment FindingFields on Finding {\n    id\n    analysisId\n    status\n    statement\n    language\n    translations {\n      language\n      statement\n    }\n    priority\n    countryCodes\n    modules {\n      id\n      code\n    }\n    citations {\n      id\n      kind\n      citedAt\n      snapshot {\n        ...EvidenceSnapshotFields\n      }\n    }\n    comments {\n      id\n      authorName\n      text\n      createdAt\n    }\n    publishedAt\n    lockVersion\n    canEdit\n    canComment\n  }\n':
    types.FindingFieldsFragmentDoc,
  '\n  fragment ImprovementActionFields on ImprovementAction {\n    id\n    status\n    change\n    owner\n    dueOn\n    module {\n      id\n      code\n    }\n    moduleVersion {\n      id\n      version\n      publishedAt\n    }\n    findings {\n      id\n      statement\n      status\n    }\n    checkNote\n    checkBefore {\n      ...EvidenceSnapshotFields\n    }\n    checkAfter {\n      ...EvidenceSnapshotFields\n    }\n    lockVersion\n  }\n':
    types.ImprovementActionFieldsFragmentDoc,
  '\n  query InterimAnalysis($editionId: ID) {\n    interimAnalyses(editionId: $editionId) {\n      id\n      editionId\n      phaseKind\n      title\n      periodStart\n      periodEnd\n      status\n      publishedAt\n    }\n    findings(editionId: $editionId) {\n      ...FindingFields\n    }\n    improvementActions(editionId: $editionId) {\n      ...ImprovementActionFields\n    }\n  }\n':
    types.InterimAnalysisDocument,
  '\n  query YouSaidWeDid {\n    youSaidWeDid {\n      editionId\n      analyses {\n        id\n        title\n        periodStart\n        periodEnd\n        publishedAt\n      }\n      findings {\n        ...FindingFields\n      }\n      actions {\n        ...ImprovementActionFields\n      }\n    }\n  }\n':
    types.YouSaidWeDidDocument,
  '\n  mutation CreateFinding($input: CreateFindingInput!) {\n    createFinding(input: $input) {\n      ...FindingFields\n    }\n  }\n':
    types.CreateFindingDocument,
  '\n  mutation AddCitation($input: AddCitationInput!) {\n    addCitation(input: $input) {\n      ...FindingFields\n    }\n  }\n':
    types.AddCitationDocument,
  '\n  mutation RemoveCitation($citationId: ID!) {\n    removeCitation(citationId: $citationId) {\n      ...FindingFields\n    }\n  }\n':
    types.RemoveCitationDocument,
  '\n  mutation PublishFinding($input: PublishFindingInput!) {\n    publishFinding(input: $input) {\n      ...FindingFields\n    }\n  }\n':
    types.PublishFindingDocument,
  '\n  mutation CommentOnFinding($input: CommentOnFindingInput!) {\n    commentOnFinding(input: $input) {\n      ...FindingFields\n    }\n  }\n':
    types.CommentOnFindingDocument,
  '\n  query CitationSurvey($id: ID!) {\n    survey(id: $id) {\n      id\n      questions {\n        id\n        code\n        type\n        text\n      }\n    }\n  }\n':
    types.CitationSurveyDocument,
  '\n  mutation SetFindingTranslation($input: SetFindingTranslationInput!) {\n    setFindingTranslation(input: $input) {\n      ...FindingFields\n    }\n  }\n':
    types.SetFindingTranslationDocument,
  '\n  mutation CreateImprovementAction($input: CreateImprovementActionInput!) {\n    createImprovementAction(input: $input) {\n      ...ImprovementActionFields\n    }\n  }\n':
    types.CreateImprovementActionDocument,
  '\n  mutation UpdateImprovementAction($input: UpdateImprovementActionInput!) {\n    updateImprovementAction(input: $input) {\n      ...ImprovementActionFields\n    }\n  }\n':
    types.UpdateImprovementActionDocument,
  '\n  mutation SetImprovementActionStatus($input: SetImprovementActionStatusInput!) {\n    setImprovementActionStatus(input: $input) {\n      ...ImprovementActionFields\n    }\n  }\n':
    types.SetImprovementActionStatusDocument,
  '\n  query ActionModules($editionId: ID) {\n    modules(filter: { editionId: $editionId }) {\n      id\n      versionId\n      language\n      code\n      title\n    }\n  }\n':
    types.ActionModulesDocument,
  '\n  query ActionModuleVersions($moduleId: ID!) {\n    moduleHistory(moduleId: $moduleId) {\n      id\n      version\n      status\n      publishedAt\n    }\n  }\n':
    types.ActionModuleVersionsDocument,
  '\n  query FinalEvaluation($editionId: ID, $language: String) {\n    finalEvaluation(editionId: $editionId, language: $language) {\n      editionId\n      editionName\n      scope\n      countryCodes\n      minGroupSize\n      language\n      computedAt\n      competenceAreas {\n        code\n        title\n      }\n      competenceChange {\n        areaCode\n        countryCode\n        side\n        suppressed\n        n\n        meanBaseline\n        meanFinal\n        meanChange\n        ciLow\n        ciHigh\n        effectSize\n      }\n      satisfactionQuestionCode\n      satisfactionQuestion\n      satisfaction {\n        moduleId\n        moduleCode\n        jointNumber\n        moduleVersion\n        countryCode\n        suppressed\n        count\n        mean\n        shareHigh\n      }\n      completion {\n        target\n        trained\n        registered\n        cells {\n          countryCode\n          side\n          registered\n          trained\n          target\n        }\n      }\n      improvementActions {\n        ...ImprovementActionFields\n      }\n      finalSurveyResults {\n        surveyId\n        countryCode\n        suppressed\n        responseCount\n        questions {\n          id\n          code\n          type\n          text\n          suppressed\n          count\n          mean\n        }\n      }\n    }\n  }\n':
    types.FinalEvaluationDocument,
  '\n  query MyNextSteps {\n    myNextSteps {\n      kind\n      done\n      href\n      moduleNumber\n      roundKind\n      dueAt\n    }\n  }\n':
    types.MyNextStepsDocument,
  '\n  query MyWorkQueue {\n    myWorkQueue {\n      kind\n      count\n      overdue\n      oldestAt\n      href\n    }\n  }\n':
    types.MyWorkQueueDocument,
  '\n  query WhereWeAreNow {\n    whereWeAreNow {\n      edition {\n        id\n        name\n      }\n      currentPhase {\n        id\n        kind\n        position\n        startsOn\n        endsOn\n        status\n      }\n      nextSteps {\n        kind\n        role\n      }\n    }\n  }\n':
    types.WhereWeAreNowDocument,
  '\n  query TutorImportJob($id: String!) {\n    importJob(id: $id) {\n      id\n      status\n      fileName\n      totalRows\n      processedRows\n      error\n      finishedAt\n      summary {\n        new\n        updated\n        unchanged\n      }\n    }\n  }\n':
    types.TutorImportJobDocument,
  '\n  query InvitationByToken($token: String!) {\n    invitation(token: $token) {\n      email\n      givenName\n      familyName\n      invitedBy\n      preferredLanguage\n      expiresAt\n      expired\n      used\n    }\n  }\n':
    types.InvitationByTokenDocument,
  '\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...SessionPerson\n    }\n  }\n':
    types.AcceptInvitationDocument,
  '\n  fragment ModuleSummary on Module {\n    id\n    versionId\n    language\n    code\n    kind\n    number\n    countryCode\n    title\n    titleIsFallback\n    contactHours\n    selfStudyHours\n    deliveryMode\n    version\n    status\n    publishedVersion\n    draftVersion\n    canEdit\n  }\n':
    types.ModuleSummaryFragmentDoc,
  '\n  fragment ModuleDetail on Module {\n    ...ModuleSummary\n    editionId\n    summary\n    summaryIsFallback\n    learningOutcomes\n    learningOutcomesIsFallback\n    changeReason\n    publishedAt\n    lockVersion\n    texts {\n      language\n      title\n      summary\n      learningOutcomes\n    }\n    materials {\n      id\n      kind\n      title\n      url\n      downloadUrl\n      fileName\n      sizeBytes\n      contentType\n    }\n  }\n':
    types.ModuleDetailFragmentDoc,
  '\n  query Modules($filter: ModuleFilter, $language: String) {\n    modules(filter: $filter, language: $language) {\n      ...ModuleSummary\n    }\n  }\n':
    types.ModulesDocument,
  '\n  query Module($id: ID!, $draft: Boolean!, $language: String) {\n    module(id: $id, draft: $draft, language: $language) {\n      ...ModuleDetail\n    }\n  }\n':
    types.ModuleDocument,
  '\n  query ModuleHistory($moduleId: ID!) {\n    moduleHistory(moduleId: $moduleId) {\n      id\n      version\n      status\n      publishedAt\n      changeReason\n      changes {\n        field\n        before\n        after\n      }\n      improvementActions {\n        id\n        change\n        status\n        findings {\n          id\n          statement\n        }\n      }\n    }\n  }\n':
    types.ModuleHistoryDocument,
  '\n  query ModuleEditions {\n    editions {\n      id\n      name\n      languages\n      currentPhase {\n        id\n      }\n    }\n  }\n':
    types.ModuleEditionsDocument,
  '\n  mutation SaveModuleDraft($input: SaveModuleDraftInput!) {\n    saveModuleDraft(input: $input) {\n      ...ModuleDetail\n    }\n  }\n':
    types.SaveModuleDraftDocument,
  '\n  mutation PublishModule($input: PublishModuleInput!) {\n    publishModule(input: $input) {\n      ...ModuleDetail\n    }\n  }\n':
    types.PublishModuleDocument,
  '\n  mutation AddModuleMaterialLink($input: AddModuleMaterialLinkInput!) {\n    addModuleMaterialLink(input: $input) {\n      ...ModuleDetail\n    }\n  }\n':
    types.AddModuleMaterialLinkDocument,
  '\n  mutation RemoveModuleMaterial($input: RemoveModuleMaterialInput!) {\n    removeModuleMaterial(input: $input) {\n      ...ModuleDetail\n    }\n  }\n':
    types.RemoveModuleMaterialDocument,
  '\n  mutation CreateModule($input: CreateModuleInput!) {\n    createModule(input: $input) {\n      ...ModuleSummary\n    }\n  }\n':
    types.CreateModuleDocument,
  '\n  query ModuleAgreedActions($editionId: ID) {\n    improvementActions(editionId: $editionId) {\n      id\n      status\n      change\n      module {\n        id\n      }\n      findings {\n        id\n        statement\n      }\n    }\n  }\n':
    types.ModuleAgreedActionsDocument,
  '\n  query NationalProgrammes($editionId: ID, $language: String) {\n    nationalProgrammes(editionId: $editionId, language: $language) {\n      id\n      countryCode\n      revision\n      status\n      inForce\n      totalHours\n      submittedAt\n      decidedAt\n    }\n  }\n':
    types.NationalProgrammesDocument,
  '\n  fragment NationalProgrammeDetail on NationalProgramme {\n    id\n    editionId\n    countryCode\n    revision\n    status\n    inForce\n    lockVersion\n    canEdit\n    canSubmit\n    canDecide\n    createdAt\n    submittedAt\n    submittedByName\n    decidedAt\n    decidedByName\n    returnComments\n    totalContactHours\n    totalSelfStudyHours\n    totalHours\n    items {\n      moduleId\n      position\n      code\n      title\n      titleIsFallback\n      kind\n      number\n      moduleVersion\n      contactHours\n      selfStudyHours\n      totalHours\n    }\n    revisions {\n      id\n      revision\n      status\n      inForce\n      createdAt\n      submittedAt\n      decidedAt\n      decidedByName\n      returnComments\n    }\n  }\n':
    types.NationalProgrammeDetailFragmentDoc,
  '\n  query NationalProgramme($id: ID!, $language: String) {\n    nationalProgramme(id: $id, language: $language) {\n      ...NationalProgrammeDetail\n    }\n  }\n':
    types.NationalProgrammeDocument,
  '\n  query ProgrammeModuleChoices($editionId: ID!, $language: String) {\n    modules(filter: { editionId: $editionId }, language: $language) {\n      id\n      versionId\n      language\n      code\n      kind\n      number\n      countryCode\n      title\n      titleIsFallback\n      contactHours\n      selfStudyHours\n      publishedVersion\n    }\n  }\n':
    types.ProgrammeModuleChoicesDocument,
  '\n  mutation SaveNationalProgramme($input: SaveNationalProgrammeInput!) {\n    saveNationalProgramme(input: $input) {\n      ...NationalProgrammeDetail\n    }\n  }\n':
    types.SaveNationalProgrammeDocument,
  '\n  mutation SubmitNationalProgramme($id: ID!, $expectedLockVersion: Int) {\n    submitNationalProgramme(id: $id, expectedLockVersion: $expectedLockVersion) {\n      ...NationalProgrammeDetail\n    }\n  }\n':
    types.SubmitNationalProgrammeDocument,
  '\n  mutation ApproveNationalProgramme($id: ID!, $expectedLockVersion: Int) {\n    approveNationalProgramme(id: $id, expectedLockVersion: $expectedLockVersion) {\n      ...NationalProgrammeDetail\n    }\n  }\n':
    types.ApproveNationalProgrammeDocument,
  '\n  mutation ReturnNationalProgramme($id: ID!, $comments: String!, $expectedLockVersion: Int) {\n    returnNationalProgramme(id: $id, comments: $comments, expectedLockVersion: $expectedLockVersion) {\n      ...NationalProgrammeDetail\n    }\n  }\n':
    types.ReturnNationalProgrammeDocument,
  '\n  mutation ApplyToJoinNetwork($input: ApplyToJoinNetworkInput!) {\n    applyToJoinNetwork(input: $input)\n  }\n':
    types.ApplyToJoinNetworkDocument,
  '\n  fragment NetworkApplicationFields on NetworkApplication {\n    id\n    organisationName\n    kind\n    country\n    registryCode\n    city\n    website\n    sector\n    sizeClass\n    contactGivenName\n    contactFamilyName\n    contactEmail\n    preferredLanguage\n    message\n    status\n    decidedBy\n    decidedAt\n    rejectionReason\n    createdOrganisationId\n    createdAt\n  }\n':
    types.NetworkApplicationFieldsFragmentDoc,
  '\n  query NetworkApplications($status: NetworkApplicationStatus, $first: Int!, $after: String) {\n    networkApplications(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          organisationName\n          kind\n          country\n          city\n          contactGivenName\n          contactFamilyName\n          status\n          createdAt\n        }\n      }\n    }\n  }\n':
    types.NetworkApplicationsDocument,
  '\n  query NetworkApplication($id: ID!) {\n    networkApplication(id: $id) {\n      ...NetworkApplicationFields\n    }\n  }\n':
    types.NetworkApplicationDocument,
  '\n  mutation ApproveNetworkApplication($id: ID!) {\n    approveNetworkApplication(id: $id) {\n      ...NetworkApplicationFields\n    }\n  }\n':
    types.ApproveNetworkApplicationDocument,
  '\n  mutation RejectNetworkApplication($id: ID!, $reason: String!) {\n    rejectNetworkApplication(id: $id, reason: $reason) {\n      ...NetworkApplicationFields\n    }\n  }\n':
    types.RejectNetworkApplicationDocument,
  '\n  fragment OrganisationSummary on Organisation {\n    id\n    name\n    kind\n    country\n    city\n    sector\n  }\n':
    types.OrganisationSummaryFragmentDoc,
  '\n  query Organisations($filter: OrganisationFilter, $first: Int!, $after: String) {\n    organisations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...OrganisationSummary\n        }\n      }\n    }\n  }\n':
    types.OrganisationsDocument,
  '\n  query Organisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      country\n      registryCode\n      city\n      website\n      sector\n      sizeClass\n      cluster {\n        ...OrganisationSummary\n      }\n      tutors {\n        id\n        displayName\n        side\n        occupationField\n        email\n      }\n    }\n  }\n':
    types.OrganisationDocument,
  '\n  query Countries {\n    countries {\n      code\n      programmeCountry\n    }\n  }\n': types.CountriesDocument,
  '\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n': types.UnreadNotificationCountDocument,
  '\n  query MyNotifications($first: Int!) {\n    myNotifications(first: $first) {\n      id\n      kind\n      createdAt\n      readAt\n      targetType\n      targetId\n      params {\n        name\n        value\n      }\n    }\n  }\n':
    types.MyNotificationsDocument,
  '\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids) {\n      id\n      readAt\n    }\n  }\n':
    types.MarkNotificationsReadDocument,
  '\n  query OutboxMessages($first: Int!, $after: String) {\n    outboxMessages(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          kind\n          language\n          recipientEmail\n          subject\n          textBody\n          status\n          attempts\n          deliveryNote\n          lastError\n          createdAt\n          sentAt\n        }\n      }\n    }\n  }\n':
    types.OutboxMessagesDocument,
  '\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n':
    types.RequestPasswordResetDocument,
  '\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n':
    types.ResetPasswordDocument,
  '\n  fragment PeerReviewFields on PeerReview {\n    id\n    countryCode\n    nationalProgrammeId\n    nationalProgrammeRevision\n    stage\n    visitStartsOn\n    visitEndsOn\n    reportDueOn\n    reportOverdue\n    countryComments\n    lockVersion\n    canManage\n    canWriteAsCountry\n    canWriteAsPeer\n    selfReport {\n      areaCode\n      text\n    }\n    peers {\n      personId\n      name\n      countryCode\n      trainedOn\n    }\n    interviews {\n      id\n      interviewee\n      heldOn\n      notes\n      authorName\n    }\n    recommendations {\n      id\n      areaCode\n      text\n      authorName\n      improvementActionId\n      actionStatus\n    }\n  }\n':
    types.PeerReviewFieldsFragmentDoc,
  '\n  query PeerReviews {\n    peerReviews {\n      id\n      countryCode\n      nationalProgrammeRevision\n      stage\n      visitStartsOn\n      visitEndsOn\n      reportDueOn\n      reportOverdue\n      peers {\n        personId\n        countryCode\n      }\n    }\n  }\n':
    types.PeerReviewsDocument,
  '\n  query PeerReview($id: ID!) {\n    peerReview(id: $id) {\n      ...PeerReviewFields\n    }\n  }\n':
    types.PeerReviewDocument,
  '\n  mutation SavePeerReviewSelfReport($input: SavePeerReviewSelfReportInput!) {\n    savePeerReviewSelfReport(input: $input) {\n      ...PeerReviewFields\n    }\n  }\n':
    types.SavePeerReviewSelfReportDocument,
  '\n  mutation AddPeerReviewInterview($input: AddPeerReviewInterviewInput!) {\n    addPeerReviewInterview(input: $input) {\n      ...PeerReviewFields\n    }\n  }\n':
    types.AddPeerReviewInterviewDocument,
  '\n  mutation AddPeerReviewRecommendation($input: AddPeerReviewRecommendationInput!) {\n    addPeerReviewRecommendation(input: $input) {\n      ...PeerReviewFields\n    }\n  }\n':
    types.AddPeerReviewRecommendationDocument,
  '\n  mutation CommentOnPeerReviewReport($input: CommentOnPeerReviewReportInput!) {\n    commentOnPeerReviewReport(input: $input) {\n      ...PeerReviewFields\n    }\n  }\n':
    types.CommentOnPeerReviewReportDocument,
  '\n  mutation AdvancePeerReview($input: AdvancePeerReviewInput!) {\n    advancePeerReview(input: $input) {\n      ...PeerReviewFields\n    }\n  }\n':
    types.AdvancePeerReviewDocument,
  '\n  mutation StartPeerReviewFollowUp($id: ID!) {\n    startPeerReviewFollowUp(id: $id) {\n      ...PeerReviewFields\n    }\n  }\n':
    types.StartPeerReviewFollowUpDocument,
  '\n  mutation SetPeerReviewActionStatus($input: SetPeerReviewActionStatusInput!) {\n    setPeerReviewActionStatus(input: $input) {\n      ...PeerReviewFields\n    }\n  }\n':
    types.SetPeerReviewActionStatusDocument,
  '\n  mutation InvitePerson($input: InvitePersonInput!) {\n    invitePerson(input: $input) {\n      id\n      displayName\n      email\n    }\n  }\n':
    types.InvitePersonDocument,
  '\n  query InviteOrganisationChoices($country: String!) {\n    organisations(filter: { country: $country }, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          kind\n          city\n        }\n      }\n    }\n  }\n':
    types.InviteOrganisationChoicesDocument,
  '\n  fragment PersonRoles on Person {\n    id\n    displayName\n    email\n    preferredLanguage\n    roles {\n      id\n      role\n      scopeKind\n      countryCode\n      organisation {\n        id\n        name\n      }\n    }\n  }\n':
    types.PersonRolesFragmentDoc,
  '\n  query People(\n    $first: Int!\n    $after: String\n    $search: String\n    $role: Role\n    $countryCode: String\n    $organisationId: ID\n    $status: PersonStatus\n  ) {\n    people(\n      first: $first\n      after: $after\n      search: $search\n      role: $role\n      countryCode: $countryCode\n      organisationId: $organisationId\n      status: $status\n    ) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...PersonRoles\n          countryCode\n          status\n          organisation {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.PeopleDocument,
  '\n  query Person($id: ID!) {\n    person(id: $id) {\n      ...PersonRoles\n    }\n  }\n': types.PersonDocument,
  '\n  mutation GrantRole($input: GrantRoleInput!) {\n    grantRole(input: $input) {\n      ...PersonRoles\n    }\n  }\n':
    types.GrantRoleDocument,
  '\n  mutation RevokeRole($grantId: String!) {\n    revokeRole(grantId: $grantId) {\n      ...PersonRoles\n    }\n  }\n':
    types.RevokeRoleDocument,
  '\n  query PersonRecord($id: ID!) {\n    personRecord(id: $id) {\n      id\n      displayName\n      email\n      status\n      deactivatedAt\n      countryCode\n      side\n      organisation {\n        id\n        name\n      }\n      roles {\n        id\n        role\n        scopeKind\n        countryCode\n        organisation {\n          id\n          name\n        }\n      }\n      tandems {\n        id\n        editionName\n        status\n        side\n        partnerId\n        partnerName\n        partnerOrganisation\n        activatedAt\n        dissolvedAt\n      }\n      enrolments {\n        sessionId\n        moduleCode\n        moduleTitle\n        moduleKind\n        startsAt\n        hours\n        sessionStatus\n        enrolmentStatus\n        attendance\n      }\n      progress {\n        ...ProgressFields\n      }\n      selfAssessments {\n        roundId\n        kind\n        moduleNumber\n        opensAt\n        closesAt\n        status\n        submittedAt\n      }\n      assignments {\n        assignmentId\n        title\n        moduleCode\n        dueOn\n        status\n        submittedAt\n      }\n      certificates {\n        id\n        number\n        publicId\n        editionName\n        status\n        issuedAt\n        revokedAt\n      }\n      statusHistory {\n        editionName\n        fromStatus\n        toStatus\n        effectiveAt\n      }\n    }\n  }\n':
    types.PersonRecordDocument,
  '\n  fragment PolicyRecommendationFields on PolicyRecommendation {\n    id\n    title\n    text\n    language\n    audience\n    countryCode\n    status\n    findings {\n      id\n      statement\n      language\n      citations {\n        id\n        kind\n        snapshot {\n          ...EvidenceSnapshotFields\n        }\n      }\n    }\n    citations {\n      id\n      kind\n      snapshot {\n        ...EvidenceSnapshotFields\n      }\n    }\n    comments {\n      id\n      authorName\n      text\n      createdAt\n    }\n    consultationStartedAt\n    publishedAt\n    lockVersion\n    canEdit\n    canComment\n  }\n':
    types.PolicyRecommendationFieldsFragmentDoc,
  '\n  query PolicyRecommendations {\n    policyRecommendations {\n      ...PolicyRecommendationFields\n    }\n    policyBriefs {\n      audience\n      countryCode\n      recommendationCount\n    }\n  }\n':
    types.PolicyRecommendationsDocument,
  '\n  query RecommendableFindings {\n    findings {\n      id\n      status\n      statement\n    }\n  }\n':
    types.RecommendableFindingsDocument,
  '\n  query PolicyBrief($audience: PolicyRecommendationAudience!, $countryCode: String) {\n    policyBrief(audience: $audience, countryCode: $countryCode) {\n      editionId\n      editionName\n      audience\n      countryCode\n      evidenceCount\n      publishedAt\n      pdfPath\n      recommendations {\n        ...PolicyRecommendationFields\n      }\n    }\n  }\n':
    types.PolicyBriefDocument,
  '\n  mutation CreatePolicyRecommendation($input: CreatePolicyRecommendationInput!) {\n    createPolicyRecommendation(input: $input) {\n      ...PolicyRecommendationFields\n    }\n  }\n':
    types.CreatePolicyRecommendationDocument,
  '\n  mutation UpdatePolicyRecommendation($input: UpdatePolicyRecommendationInput!) {\n    updatePolicyRecommendation(input: $input) {\n      ...PolicyRecommendationFields\n    }\n  }\n':
    types.UpdatePolicyRecommendationDocument,
  '\n  mutation CiteInPolicyRecommendation($input: CiteInPolicyRecommendationInput!) {\n    citeInPolicyRecommendation(input: $input) {\n      ...PolicyRecommendationFields\n    }\n  }\n':
    types.CiteInPolicyRecommendationDocument,
  '\n  mutation RemovePolicyRecommendationCitation($citationId: ID!) {\n    removePolicyRecommendationCitation(citationId: $citationId) {\n      ...PolicyRecommendationFields\n    }\n  }\n':
    types.RemovePolicyRecommendationCitationDocument,
  '\n  mutation SetPolicyRecommendationStatus($input: SetPolicyRecommendationStatusInput!) {\n    setPolicyRecommendationStatus(input: $input) {\n      ...PolicyRecommendationFields\n    }\n  }\n':
    types.SetPolicyRecommendationStatusDocument,
  '\n  mutation CommentOnPolicyRecommendation($input: CommentOnPolicyRecommendationInput!) {\n    commentOnPolicyRecommendation(input: $input) {\n      ...PolicyRecommendationFields\n    }\n  }\n':
    types.CommentOnPolicyRecommendationDocument,
  '\n  query MyConsents {\n    myConsents {\n      purpose\n      granted\n      answered\n      changedAt\n    }\n  }\n':
    types.MyConsentsDocument,
  '\n  mutation SetConsents($input: SetConsentsInput!) {\n    setConsents(input: $input) {\n      purpose\n      granted\n      answered\n      changedAt\n    }\n  }\n':
    types.SetConsentsDocument,
  '\n  query MyDataExports {\n    myDataExports {\n      id\n      status\n      progress\n      requestedAt\n      expiresAt\n      expired\n      downloadUrl\n    }\n  }\n':
    types.MyDataExportsDocument,
  '\n  mutation RequestDataExport {\n    requestDataExport {\n      id\n      status\n      progress\n      requestedAt\n      expiresAt\n      expired\n      downloadUrl\n    }\n  }\n':
    types.RequestDataExportDocument,
  '\n  query MyErasureRequest {\n    myErasureRequest {\n      id\n      status\n      requestedAt\n    }\n  }\n':
    types.MyErasureRequestDocument,
  '\n  mutation RequestErasure {\n    requestErasure {\n      id\n      status\n      requestedAt\n    }\n  }\n':
    types.RequestErasureDocument,
  '\n  query ErasureRequests {\n    erasureRequests {\n      id\n      status\n      requestedAt\n      personName\n      holds {\n        certificates\n        attendance\n        sharedSubmissions\n      }\n    }\n  }\n':
    types.ErasureRequestsDocument,
  '\n  mutation ConfirmErasure($id: ID!) {\n    confirmErasure(id: $id) {\n      id\n      status\n      personName\n    }\n  }\n':
    types.ConfirmErasureDocument,
  '\n  mutation OpenAssessmentRound($input: OpenAssessmentRoundInput!) {\n    openAssessmentRound(input: $input) {\n      ...AssessmentRoundFields\n    }\n  }\n':
    types.OpenAssessmentRoundDocument,
  '\n  mutation UpdateAssessmentRound($input: UpdateAssessmentRoundInput!) {\n    updateAssessmentRound(input: $input) {\n      ...AssessmentRoundFields\n    }\n  }\n':
    types.UpdateAssessmentRoundDocument,
  '\n  query EditionRounds {\n    whereWeAreNow {\n      edition {\n        id\n        name\n      }\n    }\n    assessmentRounds {\n      ...AssessmentRoundFields\n    }\n  }\n':
    types.EditionRoundsDocument,
  '\n  fragment AssessmentRoundFields on AssessmentRound {\n    id\n    kind\n    moduleNumber\n    opensAt\n    closesAt\n    isOpen\n    profileVersion\n  }\n':
    types.AssessmentRoundFieldsFragmentDoc,
  '\n  fragment SelfAssessmentFields on SelfAssessment {\n    id\n    status\n    submittedAt\n    updatedAt\n    sharedWithPartner\n    isMine\n    ownerName\n    canEdit\n    round {\n      ...AssessmentRoundFields\n    }\n    ratings {\n      competence {\n        id\n        code\n        areaCode\n      }\n      level\n      evidence\n    }\n  }\n':
    types.SelfAssessmentFieldsFragmentDoc,
  '\n  query MySelfAssessments {\n    assessmentRounds {\n      ...AssessmentRoundFields\n    }\n    mySelfAssessments {\n      ...SelfAssessmentFields\n    }\n  }\n':
    types.MySelfAssessmentsDocument,
  '\n  query SelfAssessment($id: ID!) {\n    selfAssessment(id: $id) {\n      ...SelfAssessmentFields\n    }\n  }\n':
    types.SelfAssessmentDocument,
  '\n  mutation SaveSelfAssessment($input: SaveSelfAssessmentInput!) {\n    saveSelfAssessment(input: $input) {\n      ...SelfAssessmentFields\n    }\n  }\n':
    types.SaveSelfAssessmentDocument,
  '\n  mutation SubmitSelfAssessment($input: SubmitSelfAssessmentInput!) {\n    submitSelfAssessment(input: $input) {\n      ...SelfAssessmentFields\n    }\n  }\n':
    types.SubmitSelfAssessmentDocument,
  '\n  mutation ShareSelfAssessment($input: ShareSelfAssessmentInput!) {\n    shareSelfAssessment(input: $input) {\n      ...SelfAssessmentFields\n    }\n  }\n':
    types.ShareSelfAssessmentDocument,
  '\n  query TandemComparison {\n    tandemComparison {\n      round {\n        ...AssessmentRoundFields\n      }\n      schoolTutorName\n      companyTutorName\n      mineShared\n      partnerShared\n      rows {\n        competence {\n          id\n          code\n          title\n        }\n        schoolLevel\n        companyLevel\n        difference\n      }\n    }\n  }\n':
    types.TandemComparisonDocument,
  '\n  fragment SessionPerson on Person {\n    id\n    displayName\n    givenName\n    familyName\n    email\n    preferredLanguage\n    timeZone\n    roles {\n      id\n      role\n      scopeKind\n      countryCode\n      organisation {\n        id\n        name\n      }\n    }\n  }\n':
    types.SessionPersonFragmentDoc,
  '\n  query Me {\n    me {\n      ...SessionPerson\n    }\n  }\n': types.MeDocument,
  '\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionPerson\n    }\n  }\n':
    types.LoginDocument,
  '\n  mutation Logout {\n    logout\n  }\n': types.LogoutDocument,
  '\n  fragment MobilityFields on Mobility {\n    id\n    kind\n    person {\n      id\n      name\n    }\n    learnerCount\n    fromOrganisation {\n      id\n      name\n      country\n    }\n    hostOrganisation\n    hostCountry\n    startsOn\n    endsOn\n    durationDays\n    learningOutcomes\n    outcome\n    hostOfferRequestId\n    canEdit\n    agreements {\n      id\n      version\n      fileName\n      contentType\n      sizeBytes\n      uploadedBy\n      uploadedAt\n      downloadUrl\n    }\n  }\n':
    types.MobilityFieldsFragmentDoc,
  '\n  query Mobilities($filter: MobilityFilter, $first: Int, $after: String) {\n    mobilities(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...MobilityFields\n        }\n      }\n    }\n  }\n':
    types.MobilitiesDocument,
  '\n  query Mobility($id: ID!) {\n    mobility(id: $id) {\n      ...MobilityFields\n    }\n  }\n':
    types.MobilityDocument,
  '\n  query MobilityOrganisations {\n    mobilityOrganisations {\n      id\n      name\n      country\n    }\n  }\n':
    types.MobilityOrganisationsDocument,
  '\n  query MobilityParticipants($organisationId: ID!) {\n    mobilityParticipants(organisationId: $organisationId) {\n      id\n      name\n    }\n  }\n':
    types.MobilityParticipantsDocument,
  '\n  mutation RecordMobility($input: MobilityInput!) {\n    recordMobility(input: $input) {\n      ...MobilityFields\n    }\n  }\n':
    types.RecordMobilityDocument,
  '\n  mutation UpdateMobility($id: ID!, $input: MobilityInput!) {\n    updateMobility(id: $id, input: $input) {\n      ...MobilityFields\n    }\n  }\n':
    types.UpdateMobilityDocument,
  '\n  fragment HostOfferFields on HostOffer {\n    id\n    organisation {\n      id\n      name\n      country\n    }\n    kind\n    hostOrganisation\n    hostCountry\n    sector\n    description\n    places\n    placesAccepted\n    availableFrom\n    availableUntil\n    languages\n    canManage\n    requests {\n      id\n      offerId\n      organisation {\n        id\n        name\n        country\n      }\n      places\n      message\n      status\n      requestedBy\n      createdAt\n      decidedAt\n      decisionNote\n      mobilityId\n      canRecordMobility\n    }\n  }\n':
    types.HostOfferFieldsFragmentDoc,
  '\n  query HostOffers($mine: Boolean) {\n    hostOffers(mine: $mine) {\n      ...HostOfferFields\n    }\n  }\n':
    types.HostOffersDocument,
  '\n  query HostOffer($id: ID!) {\n    hostOffer(id: $id) {\n      ...HostOfferFields\n    }\n  }\n':
    types.HostOfferDocument,
  '\n  query HostOfferOrganisations($offering: Boolean!) {\n    hostOfferOrganisations(offering: $offering) {\n      id\n      name\n      country\n    }\n  }\n':
    types.HostOfferOrganisationsDocument,
  '\n  mutation OfferHostPlacements($input: HostOfferInput!) {\n    offerHostPlacements(input: $input) {\n      ...HostOfferFields\n    }\n  }\n':
    types.OfferHostPlacementsDocument,
  '\n  mutation AskForHostPlaces($input: AskForHostPlacesInput!) {\n    askForHostPlaces(input: $input) {\n      ...HostOfferFields\n    }\n  }\n':
    types.AskForHostPlacesDocument,
  '\n  mutation DecideHostOfferRequest($id: ID!, $accept: Boolean!, $note: String) {\n    decideHostOfferRequest(id: $id, accept: $accept, note: $note) {\n      ...HostOfferFields\n    }\n  }\n':
    types.DecideHostOfferRequestDocument,
  '\n  query MobilityHistory($id: ID!) {\n    mobilityHistory(id: $id) {\n      occurredAt\n      operation\n      actor\n    }\n  }\n':
    types.MobilityHistoryDocument,
  '\n  fragment StudyVisitFields on StudyVisit {\n    id\n    title\n    hostCountry\n    hostOrganisations\n    startsOn\n    endsOn\n    description\n    organisedByCountry\n    canEdit\n    budget {\n      label\n      amount\n    }\n    budgetTotal\n    myStatus\n    reportSummary\n    reportPublishedAt\n    participants {\n      status\n      whatISaw\n      whatIWillTransfer\n      person {\n        id\n        name\n      }\n    }\n  }\n':
    types.StudyVisitFieldsFragmentDoc,
  '\n  query StudyVisits {\n    studyVisits {\n      ...StudyVisitFields\n    }\n  }\n': types.StudyVisitsDocument,
  '\n  fragment StudyVisitPlan on StudyVisit {\n    ...StudyVisitFields\n    agenda {\n      day\n      time\n      title\n      place\n    }\n  }\n':
    types.StudyVisitPlanFragmentDoc,
  '\n  query StudyVisit($id: ID!) {\n    studyVisit(id: $id) {\n      ...StudyVisitPlan\n    }\n  }\n':
    types.StudyVisitDocument,
  '\n  query MobilityCounts {\n    mobilityCounts {\n      kind\n      fromCountry\n      hostCountry\n      year\n      mobilities\n      learners\n    }\n  }\n':
    types.MobilityCountsDocument,
  '\n  mutation ApplyToStudyVisit($id: ID!) {\n    applyToStudyVisit(id: $id) {\n      ...StudyVisitFields\n    }\n  }\n':
    types.ApplyToStudyVisitDocument,
  '\n  mutation SetStudyVisitParticipantStatus($id: ID!, $personId: ID!, $status: StudyVisitParticipantStatus!) {\n    setStudyVisitParticipantStatus(id: $id, personId: $personId, status: $status) {\n      ...StudyVisitFields\n    }\n  }\n':
    types.SetStudyVisitParticipantStatusDocument,
  '\n  mutation ContributeToStudyVisitReport($id: ID!, $whatISaw: String, $whatIWillTransfer: String) {\n    contributeToStudyVisitReport(id: $id, whatISaw: $whatISaw, whatIWillTransfer: $whatIWillTransfer) {\n      ...StudyVisitFields\n    }\n  }\n':
    types.ContributeToStudyVisitReportDocument,
  '\n  mutation CreateStudyVisit($input: StudyVisitInput!) {\n    createStudyVisit(input: $input) {\n      ...StudyVisitPlan\n    }\n  }\n':
    types.CreateStudyVisitDocument,
  '\n  mutation UpdateStudyVisit($id: ID!, $input: StudyVisitInput!) {\n    updateStudyVisit(id: $id, input: $input) {\n      ...StudyVisitPlan\n    }\n  }\n':
    types.UpdateStudyVisitDocument,
  '\n  query SurveyByLink($token: String!, $language: String) {\n    surveyByLink(token: $token, language: $language) {\n      kind\n      mode\n      status\n      title\n      closesAt\n      language\n      intro\n      thankYou\n      textsMayBeQuoted\n      questions {\n        ...AnsweredQuestionFields\n      }\n    }\n  }\n':
    types.SurveyByLinkDocument,
  '\n  mutation SubmitSurveyByLink($input: SubmitSurveyByLinkInput!) {\n    submitSurveyByLink(input: $input) {\n      id\n    }\n  }\n':
    types.SubmitSurveyByLinkDocument,
  '\n  query SurveyInvitationCounts($surveyId: ID!) {\n    surveyInvitationCounts(surveyId: $surveyId) {\n      countryCode\n      stakeholderGroup\n      invitedCount\n      answeredCount\n    }\n  }\n':
    types.SurveyInvitationCountsDocument,
  '\n  mutation InviteSurveyStakeholders($input: InviteSurveyStakeholdersInput!) {\n    inviteSurveyStakeholders(input: $input) {\n      checkedCount\n      invitedCount\n    }\n  }\n':
    types.InviteSurveyStakeholdersDocument,
  '\n  mutation RemindSurveyStakeholders($input: RemindSurveyStakeholdersInput!) {\n    remindSurveyStakeholders(input: $input)\n  }\n':
    types.RemindSurveyStakeholdersDocument,
  '\n  query SurveyTemplates {\n    surveyTemplates {\n      id\n      key\n      kind\n      title\n      questionCount\n      missingLanguages\n      updatedAt\n    }\n  }\n':
    types.SurveyTemplatesDocument,
  '\n  fragment AnsweredQuestionFields on SurveyQuestion {\n    id\n    code\n    position\n    type\n    text\n    required\n    notApplicable\n    allowOther\n    long\n    showIfQuestionId\n    showIfValue\n    options {\n      code\n      text\n    }\n  }\n':
    types.AnsweredQuestionFieldsFragmentDoc,
  '\n  fragment SurveySummaryFields on Survey {\n    id\n    kind\n    mode\n    status\n    title\n    opensAt\n    closesAt\n    sessionId\n    sessionStartsAt\n    moduleCode\n    moduleTitle\n    countryCode\n  }\n':
    types.SurveySummaryFieldsFragmentDoc,
  '\n  query MySurveys {\n    mySurveys {\n      status\n      survey {\n        ...SurveySummaryFields\n      }\n    }\n  }\n':
    types.MySurveysDocument,
  '\n  query Survey($id: ID!) {\n    survey(id: $id) {\n      ...SurveySummaryFields\n      intro\n      thankYou\n      textsMayBeQuoted\n      allowEditUntilClose\n      hasResponses\n      questions {\n        ...AnsweredQuestionFields\n        byTrainer\n        translations {\n          language\n          text\n        }\n        optionTranslations {\n          language\n          text\n        }\n      }\n      canAddOwnQuestions\n    }\n  }\n':
    types.SurveyDocument,
  '\n  mutation SubmitSurveyResponse($input: SubmitSurveyResponseInput!) {\n    submitSurveyResponse(input: $input) {\n      id\n    }\n  }\n':
    types.SubmitSurveyResponseDocument,
  '\n  query Surveys {\n    surveys {\n      ...SurveySummaryFields\n      hasResponses\n    }\n  }\n':
    types.SurveysDocument,
  '\n  query SurveyResults($surveyId: ID!, $countryCode: String, $side: String) {\n    surveyResults(surveyId: $surveyId, countryCode: $countryCode, side: $side) {\n      surveyId\n      countryCode\n      side\n      countryCodes\n      suppressed\n      responseCount\n      invitedCount\n      responseRate\n      minGroupSize\n      questions {\n        id\n        code\n        type\n        text\n        byTrainer\n        suppressed\n        count\n        notApplicableCount\n        mean\n        median\n        shareHigh\n        shareLow\n        texts\n        distribution {\n          value\n          label\n          count\n        }\n      }\n    }\n  }\n':
    types.SurveyResultsDocument,
  '\n  mutation RemindSurvey($input: SurveyIdInput!) {\n    remindSurvey(input: $input)\n  }\n':
    types.RemindSurveyDocument,
  '\n  query MySurveyDraft($surveyId: ID!) {\n    mySurveyDraft(surveyId: $surveyId) {\n      surveyId\n      submitted\n      editable\n      answers {\n        questionId\n        value\n      }\n    }\n  }\n':
    types.MySurveyDraftDocument,
  '\n  mutation SaveSurveyDraft($input: SaveSurveyDraftInput!) {\n    saveSurveyDraft(input: $input) {\n      surveyId\n    }\n  }\n':
    types.SaveSurveyDraftDocument,
  '\n  mutation UpdateSurveyResponse($input: SubmitSurveyResponseInput!) {\n    updateSurveyResponse(input: $input) {\n      id\n    }\n  }\n':
    types.UpdateSurveyResponseDocument,
  '\n  mutation SetSurveyEditing($input: SetSurveyEditingInput!) {\n    setSurveyEditing(input: $input) {\n      id\n      allowEditUntilClose\n    }\n  }\n':
    types.SetSurveyEditingDocument,
  '\n  mutation AddTrainerQuestion($input: AddTrainerQuestionInput!) {\n    addSurveyTrainerQuestion(input: $input) {\n      id\n    }\n  }\n':
    types.AddTrainerQuestionDocument,
  '\n  mutation UpdateTrainerQuestion($input: UpdateTrainerQuestionInput!) {\n    updateSurveyTrainerQuestion(input: $input) {\n      id\n    }\n  }\n':
    types.UpdateTrainerQuestionDocument,
  '\n  mutation RemoveTrainerQuestion($input: RemoveTrainerQuestionInput!) {\n    removeSurveyTrainerQuestion(input: $input) {\n      id\n    }\n  }\n':
    types.RemoveTrainerQuestionDocument,
  '\n  query SurveyQuestionComparison(\n    $surveyId: ID!\n    $questionCode: String!\n    $by: SurveyComparisonBy!\n    $countryCode: String\n    $side: String\n    $responseLanguage: String\n    $trainerId: ID\n  ) {\n    surveyQuestionComparison(\n      surveyId: $surveyId\n      questionCode: $questionCode\n      by: $by\n      countryCode: $countryCode\n      side: $side\n      responseLanguage: $responseLanguage\n      trainerId: $trainerId\n    ) {\n      surveyId\n      questionCode\n      type\n      text\n      by\n      countryCode\n      side\n      responseLanguage\n      trainerId\n      trainers {\n        id\n        name\n      }\n      moduleCode\n      minGroupSize\n      totalCount\n      groups {\n        key\n        label\n        surveyId\n        sessionStartsAt\n        countryCode\n        moduleVersion\n        suppressed\n        count\n        mean\n        notApplicableCount\n        distribution {\n          value\n          label\n          count\n        }\n      }\n    }\n  }\n':
    types.SurveyQuestionComparisonDocument,
  '\n  query SessionFeedbackLink($sessionId: ID!) {\n    sessionFeedbackLink(sessionId: $sessionId) {\n      surveyId\n      path\n      closesAt\n    }\n  }\n':
    types.SessionFeedbackLinkDocument,
  '\n  fragment TandemTutor on Tutor {\n    id\n    displayName\n    side\n    email\n    occupationField\n    organisation {\n      id\n      name\n      city\n      country\n    }\n  }\n':
    types.TandemTutorFragmentDoc,
  '\n  fragment TandemFields on Tandem {\n    id\n    editionId\n    status\n    byInvitation\n    crossBorder\n    canDissolve\n    canRespond\n    createdAt\n    activatedAt\n    formedByName\n    schoolTutor {\n      ...TandemTutor\n    }\n    companyTutor {\n      ...TandemTutor\n    }\n  }\n':
    types.TandemFieldsFragmentDoc,
  '\n  query MyTandem {\n    myTandem {\n      ...TandemFields\n    }\n  }\n': types.MyTandemDocument,
  '\n  fragment TandemListItem on Tandem {\n    id\n    status\n    canDissolve\n    createdAt\n    schoolTutor {\n      id\n      displayName\n      organisation {\n        id\n        name\n      }\n    }\n    companyTutor {\n      id\n      displayName\n      organisation {\n        id\n        name\n      }\n    }\n  }\n':
    types.TandemListItemFragmentDoc,
  '\n  query Tandems($country: String, $status: TandemStatus, $first: Int!, $after: String) {\n    tandems(country: $country, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...TandemListItem\n        }\n      }\n    }\n  }\n':
    types.TandemsDocument,
  '\n  query UnpairedTutors($countryCode: String!) {\n    unpairedTutors(countryCode: $countryCode) {\n      tutor {\n        id\n        displayName\n        side\n        organisation {\n          id\n          name\n          city\n        }\n      }\n      suggestions {\n        reason\n        tutor {\n          id\n          displayName\n        }\n      }\n    }\n  }\n':
    types.UnpairedTutorsDocument,
  '\n  mutation FormTandem($input: FormTandemInput!) {\n    formTandem(input: $input) {\n      ...TandemFields\n    }\n  }\n':
    types.FormTandemDocument,
  '\n  mutation RespondToTandemInvitation($input: RespondToTandemInvitationInput!) {\n    respondToTandemInvitation(input: $input) {\n      ...TandemFields\n    }\n  }\n':
    types.RespondToTandemInvitationDocument,
  '\n  mutation DissolveTandem($input: DissolveTandemInput!) {\n    dissolveTandem(input: $input) {\n      ...TandemFields\n      dissolvedAt\n      dissolutionKind\n    }\n  }\n':
    types.DissolveTandemDocument,
  '\n  query MyPartnerCandidates {\n    myPartnerCandidates {\n      reason\n      tutor {\n        ...TandemTutor\n      }\n    }\n  }\n':
    types.MyPartnerCandidatesDocument,
  '\n  mutation InviteTandemPartner($input: InviteTandemPartnerInput!) {\n    inviteTandemPartner(input: $input) {\n      ...TandemFields\n    }\n  }\n':
    types.InviteTandemPartnerDocument,
  '\n  query MyProposals {\n    myProposals {\n      id\n      kind\n      targetId\n      resourceKind\n      title\n      language\n      status\n      decision\n      reason\n      reviewerName\n      decidedAt\n      proposedAt\n    }\n  }\n':
    types.MyProposalsDocument,
  '\n  fragment ResourceSummary on Resource {\n    id\n    kind\n    status\n    title\n    summary\n    shownLanguage\n    languages\n    audience\n    countryCode\n    downloadCount\n    createdAt\n    reviewReason\n    canReview\n  }\n':
    types.ResourceSummaryFragmentDoc,
  '\n  query Resources($filter: ResourceFilter, $sort: ResourceSort!, $first: Int!, $after: String) {\n    resources(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...ResourceSummary\n        }\n      }\n    }\n  }\n':
    types.ResourcesDocument,
  '\n  query Resource($id: ID!) {\n    resource(id: $id) {\n      ...ResourceSummary\n      licence\n      source\n      author\n      parentId\n      position\n      titles {\n        language\n        text\n      }\n      content {\n        id\n        language\n        version\n        body\n        url\n        createdAt\n      }\n      versions {\n        id\n        language\n        version\n        body\n        url\n        createdAt\n      }\n      items {\n        id\n        kind\n        position\n        title\n      }\n    }\n  }\n':
    types.ResourceDocument,
  '\n  mutation RecordResourceDownload($id: ID!) {\n    recordResourceDownload(id: $id)\n  }\n':
    types.RecordResourceDownloadDocument,
  '\n  mutation ProposeResource($input: ProposeResourceInput!) {\n    proposeResource(input: $input) {\n      ...ResourceSummary\n    }\n  }\n':
    types.ProposeResourceDocument,
  '\n  mutation ReviewResource($id: ID!, $decision: ResourceDecision!, $reason: String) {\n    reviewResource(id: $id, decision: $decision, reason: $reason) {\n      ...ResourceSummary\n    }\n  }\n':
    types.ReviewResourceDocument,
  '\n  query ToolboxFilterOptions {\n    competenceProfile {\n      id\n      areas {\n        id\n        competences {\n          id\n          code\n          title\n        }\n      }\n    }\n    modules {\n      id\n      versionId\n      language\n      code\n      title\n    }\n  }\n':
    types.ToolboxFilterOptionsDocument,
  '\n  query SuggestedResources($moduleId: ID, $first: Int) {\n    suggestedResources(moduleId: $moduleId, first: $first) {\n      resource {\n        id\n        kind\n        title\n        shownLanguage\n      }\n      reasons {\n        competenceId\n        code\n        title\n        level\n        scaleLevels\n      }\n    }\n  }\n':
    types.SuggestedResourcesDocument,
  '\n  fragment TrainingSessionFields on TrainingSession {\n    id\n    moduleId\n    moduleCode\n    moduleTitle\n    moduleKind\n    jointNumber\n    countryCode\n    startsAt\n    endsAt\n    timeZone\n    localStartsAt\n    localEndsAt\n    localEnrolmentDeadline\n    enrolmentDeadline\n    hours\n    capacity\n    seatsTaken\n    seatsLeft\n    waitlistCount\n    status\n    cancelReason\n    venue\n    onlineUrl\n    language\n    allowSingles\n    trainers {\n      id\n      name\n    }\n    myEnrolmentId\n    myEnrolmentStatus\n    myAttendance\n    canEdit\n    canKeepRoster\n  }\n':
    types.TrainingSessionFieldsFragmentDoc,
  '\n  fragment EnrolmentFields on Enrolment {\n    id\n    sessionId\n    tandemId\n    status\n    seats\n    waitlistPosition\n    calendarPath\n    people {\n      id\n      name\n      attendance\n    }\n  }\n':
    types.EnrolmentFieldsFragmentDoc,
  '\n  query TrainingSessions(\n    $first: Int\n    $after: String\n    $upcoming: Boolean\n    $openOnly: Boolean\n    $withSeatsLeft: Boolean\n    $moduleId: ID\n  ) {\n    trainingSessions(\n      first: $first\n      after: $after\n      upcoming: $upcoming\n      openOnly: $openOnly\n      withSeatsLeft: $withSeatsLeft\n      moduleId: $moduleId\n    ) {\n      totalCount\n      edges {\n        node {\n          ...TrainingSessionFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.TrainingSessionsDocument,
  '\n  query Agenda($first: Int, $after: String, $upcoming: Boolean) {\n    agenda(first: $first, after: $after, upcoming: $upcoming) {\n      totalCount\n      edges {\n        node {\n          ...TrainingSessionFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.AgendaDocument,
  '\n  query TrainingSession($id: ID!) {\n    trainingSession(id: $id) {\n      ...TrainingSessionFields\n    }\n  }\n':
    types.TrainingSessionDocument,
  '\n  query MyEnrolments {\n    myEnrolments {\n      canCancel\n      enrolment {\n        ...EnrolmentFields\n      }\n      session {\n        ...TrainingSessionFields\n      }\n    }\n    hasCalendarFeed\n  }\n':
    types.MyEnrolmentsDocument,
  '\n  query SessionRoster($sessionId: ID!) {\n    sessionRoster(sessionId: $sessionId) {\n      session {\n        ...TrainingSessionFields\n      }\n      enrolments {\n        ...EnrolmentFields\n      }\n    }\n  }\n':
    types.SessionRosterDocument,
  '\n  query CheckInCode($sessionId: ID!) {\n    checkInCode(sessionId: $sessionId) {\n      code\n      path\n      expiresAt\n    }\n  }\n':
    types.CheckInCodeDocument,
  '\n  mutation BookSession($input: BookSessionInput!) {\n    bookSession(input: $input) {\n      ...EnrolmentFields\n    }\n  }\n':
    types.BookSessionDocument,
  '\n  mutation CancelEnrolment($input: CancelEnrolmentInput!) {\n    cancelEnrolment(input: $input) {\n      ...EnrolmentFields\n    }\n  }\n':
    types.CancelEnrolmentDocument,
  '\n  mutation ScheduleSession($input: ScheduleSessionInput!) {\n    scheduleSession(input: $input) {\n      ...TrainingSessionFields\n    }\n  }\n':
    types.ScheduleSessionDocument,
  '\n  mutation ScheduleSessionSeries($input: ScheduleSessionSeriesInput!) {\n    scheduleSessionSeries(input: $input) {\n      ...TrainingSessionFields\n    }\n  }\n':
    types.ScheduleSessionSeriesDocument,
  '\n  mutation CancelSession($input: CancelSessionInput!) {\n    cancelSession(input: $input) {\n      ...TrainingSessionFields\n    }\n  }\n':
    types.CancelSessionDocument,
  '\n  mutation CompleteSession($input: CompleteSessionInput!) {\n    completeSession(input: $input) {\n      ...TrainingSessionFields\n    }\n  }\n':
    types.CompleteSessionDocument,
  '\n  mutation MarkAttendance($input: MarkAttendanceInput!) {\n    markAttendance(input: $input) {\n      enrolments {\n        ...EnrolmentFields\n      }\n    }\n  }\n':
    types.MarkAttendanceDocument,
  '\n  mutation CheckIn($input: CheckInInput!) {\n    checkIn(input: $input) {\n      ...TrainingSessionFields\n    }\n  }\n':
    types.CheckInDocument,
  '\n  mutation CreateCalendarFeed {\n    createCalendarFeed {\n      path\n    }\n  }\n':
    types.CreateCalendarFeedDocument,
  '\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n': types.RevokeCalendarFeedDocument,
  '\n  query SchedulableModules {\n    modules {\n      id\n      versionId\n      language\n      code\n      kind\n      countryCode\n      title\n      status\n    }\n  }\n':
    types.SchedulableModulesDocument,
  '\n  mutation UpdateSession($input: UpdateSessionInput!) {\n    updateSession(input: $input) {\n      ...TrainingSessionFields\n    }\n  }\n':
    types.UpdateSessionDocument,
  '\n  query EnrollableTandems($sessionId: ID!) {\n    enrollableTandems(sessionId: $sessionId) {\n      id\n      names\n      countryCode\n    }\n  }\n':
    types.EnrollableTandemsDocument,
  '\n  query MoveTargets($moduleId: ID!) {\n    trainingSessions(moduleId: $moduleId, upcoming: true, first: 50) {\n      edges {\n        node {\n          id\n          status\n          startsAt\n          venue\n          seatsLeft\n        }\n      }\n    }\n  }\n':
    types.MoveTargetsDocument,
  '\n  mutation MoveEnrolment($input: MoveEnrolmentInput!) {\n    moveEnrolment(input: $input) {\n      ...EnrolmentFields\n    }\n  }\n':
    types.MoveEnrolmentDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateMyPreferences($input: UpdateMyPreferencesInput!) {\n    updateMyPreferences(input: $input) {\n      ...SessionPerson\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateMyPreferences($input: UpdateMyPreferencesInput!) {\n    updateMyPreferences(input: $input) {\n      ...SessionPerson\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n',
): (typeof documents)['\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TandemAssignmentFields on TandemAssignment {\n    id\n    moduleId\n    moduleCode\n    moduleTitle\n    moduleVersion\n    title\n    instructions\n    dueOn\n    createdByName\n    canEdit\n  }\n',
): (typeof documents)['\n  fragment TandemAssignmentFields on TandemAssignment {\n    id\n    moduleId\n    moduleCode\n    moduleTitle\n    moduleVersion\n    title\n    instructions\n    dueOn\n    createdByName\n    canEdit\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SubmissionFields on AssignmentSubmission {\n    id\n    tandemId\n    schoolTutorName\n    companyTutorName\n    countryCodes\n    status\n    text\n    lockVersion\n    confirmedByMe\n    confirmedByPartner\n    schoolConfirmedAt\n    companyConfirmedAt\n    submittedAt\n    late\n    lastEditedByName\n    updatedAt\n    reviewComment\n    reviewedByName\n    reviewedAt\n    canEdit\n    canConfirm\n    canReview\n    attachments {\n      fileId\n      fileName\n      contentType\n      sizeBytes\n      downloadPath\n    }\n    assignment {\n      ...TandemAssignmentFields\n    }\n  }\n',
): (typeof documents)['\n  fragment SubmissionFields on AssignmentSubmission {\n    id\n    tandemId\n    schoolTutorName\n    companyTutorName\n    countryCodes\n    status\n    text\n    lockVersion\n    confirmedByMe\n    confirmedByPartner\n    schoolConfirmedAt\n    companyConfirmedAt\n    submittedAt\n    late\n    lastEditedByName\n    updatedAt\n    reviewComment\n    reviewedByName\n    reviewedAt\n    canEdit\n    canConfirm\n    canReview\n    attachments {\n      fileId\n      fileName\n      contentType\n      sizeBytes\n      downloadPath\n    }\n    assignment {\n      ...TandemAssignmentFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyAssignments {\n    myAssignments {\n      assignment {\n        ...TandemAssignmentFields\n      }\n      submission {\n        id\n        status\n        confirmedByMe\n        confirmedByPartner\n        late\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MyAssignments {\n    myAssignments {\n      assignment {\n        ...TandemAssignmentFields\n      }\n      submission {\n        id\n        status\n        confirmedByMe\n        confirmedByPartner\n        late\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Submission($id: ID!) {\n    submission(id: $id) {\n      ...SubmissionFields\n    }\n  }\n',
): (typeof documents)['\n  query Submission($id: ID!) {\n    submission(id: $id) {\n      ...SubmissionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SubmissionsToReview($status: SubmissionStatus, $first: Int, $after: String) {\n    submissionsToReview(status: $status, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          schoolTutorName\n          companyTutorName\n          countryCodes\n          submittedAt\n          late\n          canReview\n          assignment {\n            id\n            title\n            moduleCode\n            dueOn\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SubmissionsToReview($status: SubmissionStatus, $first: Int, $after: String) {\n    submissionsToReview(status: $status, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          schoolTutorName\n          companyTutorName\n          countryCodes\n          submittedAt\n          late\n          canReview\n          assignment {\n            id\n            title\n            moduleCode\n            dueOn\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ModuleAssignments($moduleId: ID!) {\n    assignments(moduleId: $moduleId) {\n      ...TandemAssignmentFields\n    }\n  }\n',
): (typeof documents)['\n  query ModuleAssignments($moduleId: ID!) {\n    assignments(moduleId: $moduleId) {\n      ...TandemAssignmentFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateAssignment($input: CreateAssignmentInput!) {\n    createAssignment(input: $input) {\n      ...TandemAssignmentFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateAssignment($input: CreateAssignmentInput!) {\n    createAssignment(input: $input) {\n      ...TandemAssignmentFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateAssignment($input: UpdateAssignmentInput!) {\n    updateAssignment(input: $input) {\n      ...TandemAssignmentFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateAssignment($input: UpdateAssignmentInput!) {\n    updateAssignment(input: $input) {\n      ...TandemAssignmentFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SaveSubmission($input: SaveSubmissionInput!) {\n    saveSubmission(input: $input) {\n      ...SubmissionFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SaveSubmission($input: SaveSubmissionInput!) {\n    saveSubmission(input: $input) {\n      ...SubmissionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ConfirmSubmission($input: ConfirmSubmissionInput!) {\n    confirmSubmission(input: $input) {\n      ...SubmissionFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ConfirmSubmission($input: ConfirmSubmissionInput!) {\n    confirmSubmission(input: $input) {\n      ...SubmissionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveSubmissionAttachment($input: RemoveSubmissionAttachmentInput!) {\n    removeSubmissionAttachment(input: $input) {\n      ...SubmissionFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RemoveSubmissionAttachment($input: RemoveSubmissionAttachmentInput!) {\n    removeSubmissionAttachment(input: $input) {\n      ...SubmissionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReviewSubmission($input: ReviewSubmissionInput!) {\n    reviewSubmission(input: $input) {\n      ...SubmissionFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ReviewSubmission($input: ReviewSubmissionInput!) {\n    reviewSubmission(input: $input) {\n      ...SubmissionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AuditEvents($first: Int!, $offset: Int!, $operation: String) {\n    auditEvents(first: $first, offset: $offset, operation: $operation) {\n      total\n      items {\n        id\n        occurredAt\n        actorName\n        operation\n        targetType\n        targetId\n        summary\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AuditEvents($first: Int!, $offset: Int!, $operation: String) {\n    auditEvents(first: $first, offset: $offset, operation: $operation) {\n      total\n      items {\n        id\n        occurredAt\n        actorName\n        operation\n        targetType\n        targetId\n        summary\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AuditTrailEvent on AuditEvent {\n    id\n    occurredAt\n    actorName\n    operation\n    summary\n  }\n',
): (typeof documents)['\n  fragment AuditTrailEvent on AuditEvent {\n    id\n    occurredAt\n    actorName\n    operation\n    summary\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyAuditTrail($first: Int!) {\n    myAuditTrail(first: $first) {\n      total\n      items {\n        ...AuditTrailEvent\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MyAuditTrail($first: Int!) {\n    myAuditTrail(first: $first) {\n      total\n      items {\n        ...AuditTrailEvent\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PersonAuditTrail($personId: ID!, $first: Int!) {\n    personAuditTrail(personId: $personId, first: $first) {\n      total\n      items {\n        ...AuditTrailEvent\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PersonAuditTrail($personId: ID!, $first: Int!) {\n    personAuditTrail(personId: $personId, first: $first) {\n      total\n      items {\n        ...AuditTrailEvent\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CertificateFields on Certificate {\n    id\n    number\n    publicId\n    status\n    personId\n    holderName\n    countryCode\n    language\n    programme\n    edition\n    editionId\n    achievementName\n    issuedAt\n    issuedByHand\n    issueNote\n    revokedAt\n    revocationReason\n    replacedAt\n    flaggedAt\n    flaggedStatus\n    verificationUrl\n    linkedInUrl\n    modules {\n      code\n      kind\n      jointNumber\n      title\n      hours\n    }\n    competenceAreas\n  }\n',
): (typeof documents)['\n  fragment CertificateFields on Certificate {\n    id\n    number\n    publicId\n    status\n    personId\n    holderName\n    countryCode\n    language\n    programme\n    edition\n    editionId\n    achievementName\n    issuedAt\n    issuedByHand\n    issueNote\n    revokedAt\n    revocationReason\n    replacedAt\n    flaggedAt\n    flaggedStatus\n    verificationUrl\n    linkedInUrl\n    modules {\n      code\n      kind\n      jointNumber\n      title\n      hours\n    }\n    competenceAreas\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyCertificates {\n    myCertificates {\n      ...CertificateFields\n    }\n  }\n',
): (typeof documents)['\n  query MyCertificates {\n    myCertificates {\n      ...CertificateFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Certificates($first: Int!, $after: String, $filter: CertificateFilterInput) {\n    certificates(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...CertificateFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Certificates($first: Int!, $after: String, $filter: CertificateFilterInput) {\n    certificates(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...CertificateFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TrainedTutorsWithoutCertificate {\n    trainedTutorsWithoutCertificate {\n      editionId\n      personId\n      name\n      countryCode\n      trainedAt\n    }\n  }\n',
): (typeof documents)['\n  query TrainedTutorsWithoutCertificate {\n    trainedTutorsWithoutCertificate {\n      editionId\n      personId\n      name\n      countryCode\n      trainedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation IssueCertificate($input: IssueCertificateInput!) {\n    issueCertificate(input: $input) {\n      ...CertificateFields\n    }\n  }\n',
): (typeof documents)['\n  mutation IssueCertificate($input: IssueCertificateInput!) {\n    issueCertificate(input: $input) {\n      ...CertificateFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReissueCertificate($input: ReissueCertificateInput!) {\n    reissueCertificate(input: $input) {\n      ...CertificateFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ReissueCertificate($input: ReissueCertificateInput!) {\n    reissueCertificate(input: $input) {\n      ...CertificateFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RevokeCertificate($input: RevokeCertificateInput!) {\n    revokeCertificate(input: $input) {\n      ...CertificateFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RevokeCertificate($input: RevokeCertificateInput!) {\n    revokeCertificate(input: $input) {\n      ...CertificateFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment VerificationFields on CredentialVerification {\n    verified\n    revoked\n    status\n    reason\n    revokedAt\n    replacedAt\n    certificate {\n      publicId\n      number\n      holderName\n      achievementName\n      achievementDescription\n      programme\n      edition\n      issuerName\n      issuedAt\n      modules {\n        code\n        kind\n        jointNumber\n        title\n        hours\n      }\n      competenceAreas\n    }\n  }\n',
): (typeof documents)['\n  fragment VerificationFields on CredentialVerification {\n    verified\n    revoked\n    status\n    reason\n    revokedAt\n    replacedAt\n    certificate {\n      publicId\n      number\n      holderName\n      achievementName\n      achievementDescription\n      programme\n      edition\n      issuerName\n      issuedAt\n      modules {\n        code\n        kind\n        jointNumber\n        title\n        hours\n      }\n      competenceAreas\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CertificateVerification($publicId: String!, $language: String) {\n    certificateVerification(publicId: $publicId, language: $language) {\n      ...VerificationFields\n    }\n  }\n',
): (typeof documents)['\n  query CertificateVerification($publicId: String!, $language: String) {\n    certificateVerification(publicId: $publicId, language: $language) {\n      ...VerificationFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CertificateVerificationByNumber($number: String!, $language: String) {\n    certificateVerificationByNumber(number: $number, language: $language) {\n      ...VerificationFields\n    }\n  }\n',
): (typeof documents)['\n  query CertificateVerificationByNumber($number: String!, $language: String) {\n    certificateVerificationByNumber(number: $number, language: $language) {\n      ...VerificationFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation VerifyCredential($credential: JSON!, $language: String) {\n    verifyCredential(credential: $credential, language: $language) {\n      ...VerificationFields\n    }\n  }\n',
): (typeof documents)['\n  mutation VerifyCredential($credential: JSON!, $language: String) {\n    verifyCredential(credential: $credential, language: $language) {\n      ...VerificationFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TargetProgress($editionId: ID) {\n    targetProgress(editionId: $editionId) {\n      editionId\n      editionName\n      startsOn\n      endsOn\n      scope\n      scopeCountries\n      target\n      trained\n      inTraining\n      inTandem\n      withdrawn\n      onTrack\n      forecastTrained\n      attendanceRate\n      ruleRevision\n      refreshedAt\n      canSeePeople\n      funnel {\n        registered\n        inTandem\n        inTraining\n        trained\n      }\n      byCountry {\n        country\n        side\n        target\n        registered\n        inTandem\n        inTraining\n        trained\n        withdrawn\n        onTrack\n        forecastTrained\n        gap\n        shortfall\n        seatsToSchedule\n      }\n      burnUp {\n        date\n        trained\n        target\n        plan\n        forecast\n      }\n    }\n  }\n',
): (typeof documents)['\n  query TargetProgress($editionId: ID) {\n    targetProgress(editionId: $editionId) {\n      editionId\n      editionName\n      startsOn\n      endsOn\n      scope\n      scopeCountries\n      target\n      trained\n      inTraining\n      inTandem\n      withdrawn\n      onTrack\n      forecastTrained\n      attendanceRate\n      ruleRevision\n      refreshedAt\n      canSeePeople\n      funnel {\n        registered\n        inTandem\n        inTraining\n        trained\n      }\n      byCountry {\n        country\n        side\n        target\n        registered\n        inTandem\n        inTraining\n        trained\n        withdrawn\n        onTrack\n        forecastTrained\n        gap\n        shortfall\n        seatsToSchedule\n      }\n      burnUp {\n        date\n        trained\n        target\n        plan\n        forecast\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CompletionPeople(\n    $countryCode: String\n    $side: TutorSide\n    $status: CompletionStatus\n    $onTrackOnly: Boolean\n    $first: Int\n    $after: String\n  ) {\n    completionPeople(\n      countryCode: $countryCode\n      side: $side\n      status: $status\n      onTrackOnly: $onTrackOnly\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      edges {\n        node {\n          personId\n          name\n          email\n          countryCode\n          side\n          organisationName\n          status\n          nationalHours\n          jointAttended\n          selfAssessmentDone\n          assignmentsAccepted\n          assignmentsRequired\n          trainedAt\n          canWithdraw\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CompletionPeople(\n    $countryCode: String\n    $side: TutorSide\n    $status: CompletionStatus\n    $onTrackOnly: Boolean\n    $first: Int\n    $after: String\n  ) {\n    completionPeople(\n      countryCode: $countryCode\n      side: $side\n      status: $status\n      onTrackOnly: $onTrackOnly\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      edges {\n        node {\n          personId\n          name\n          email\n          countryCode\n          side\n          organisationName\n          status\n          nationalHours\n          jointAttended\n          selfAssessmentDone\n          assignmentsAccepted\n          assignmentsRequired\n          trainedAt\n          canWithdraw\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RefreshCompletion {\n    refreshCompletion {\n      people\n      changes\n    }\n  }\n',
): (typeof documents)['\n  mutation RefreshCompletion {\n    refreshCompletion {\n      people\n      changes\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Target {\n    target {\n      editionId\n      total\n      byCountry {\n        key\n        value\n      }\n      bySide {\n        key\n        value\n      }\n      canEdit\n    }\n  }\n',
): (typeof documents)['\n  query Target {\n    target {\n      editionId\n      total\n      byCountry {\n        key\n        value\n      }\n      bySide {\n        key\n        value\n      }\n      canEdit\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetTarget($input: SetTargetInput!) {\n    setTarget(input: $input) {\n      editionId\n      total\n      byCountry {\n        key\n        value\n      }\n      bySide {\n        key\n        value\n      }\n      canEdit\n    }\n  }\n',
): (typeof documents)['\n  mutation SetTarget($input: SetTargetInput!) {\n    setTarget(input: $input) {\n      editionId\n      total\n      byCountry {\n        key\n        value\n      }\n      bySide {\n        key\n        value\n      }\n      canEdit\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CompetenceProfile($version: Int) {\n    competenceProfile(version: $version) {\n      id\n      version\n      status\n      scaleLevels\n      levelNames\n      publishedAt\n      areas {\n        id\n        code\n        title\n        missingLanguages\n        competences {\n          id\n          code\n          title\n          description\n          levels\n          areaCode\n          missingLanguages\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CompetenceProfile($version: Int) {\n    competenceProfile(version: $version) {\n      id\n      version\n      status\n      scaleLevels\n      levelNames\n      publishedAt\n      areas {\n        id\n        code\n        title\n        missingLanguages\n        competences {\n          id\n          code\n          title\n          description\n          levels\n          areaCode\n          missingLanguages\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CompetenceInsights($roundId: ID!) {\n    competenceInsights(roundId: $roundId) {\n      minGroupSize\n      countryCodes\n      round {\n        id\n        kind\n        moduleNumber\n      }\n      competences {\n        id\n        code\n        title\n        areaCode\n      }\n      cells {\n        competenceCode\n        countryCode\n        side\n        suppressed\n        count\n        meanLevel\n        changeSuppressed\n        changeCount\n        meanChange\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CompetenceInsights($roundId: ID!) {\n    competenceInsights(roundId: $roundId) {\n      minGroupSize\n      countryCodes\n      round {\n        id\n        kind\n        moduleNumber\n      }\n      competences {\n        id\n        code\n        title\n        areaCode\n      }\n      cells {\n        competenceCode\n        countryCode\n        side\n        suppressed\n        count\n        meanLevel\n        changeSuppressed\n        changeCount\n        meanChange\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ModuleCompetences($moduleId: ID!) {\n    moduleCompetences(moduleId: $moduleId) {\n      moduleId\n      canEdit\n      competences {\n        id\n        code\n        title\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ModuleCompetences($moduleId: ID!) {\n    moduleCompetences(moduleId: $moduleId) {\n      moduleId\n      canEdit\n      competences {\n        id\n        code\n        title\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetModuleCompetences($input: SetModuleCompetencesInput!) {\n    setModuleCompetences(input: $input) {\n      moduleId\n      canEdit\n      competences {\n        id\n        code\n        title\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SetModuleCompetences($input: SetModuleCompetencesInput!) {\n    setModuleCompetences(input: $input) {\n      moduleId\n      canEdit\n      competences {\n        id\n        code\n        title\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CompetenceProfiles {\n    competenceProfiles {\n      id\n      version\n      status\n      competenceCount\n      publishedAt\n    }\n  }\n',
): (typeof documents)['\n  query CompetenceProfiles {\n    competenceProfiles {\n      id\n      version\n      status\n      competenceCount\n      publishedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment EditableProfileFields on CompetenceProfile {\n    id\n    version\n    status\n    scaleLevels\n    canEdit\n    levelNameTexts {\n      language\n      title\n      description\n      levels\n    }\n    areas {\n      id\n      code\n      missingLanguages\n      texts {\n        language\n        title\n        description\n        levels\n      }\n      competences {\n        id\n        code\n        missingLanguages\n        texts {\n          language\n          title\n          description\n          levels\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment EditableProfileFields on CompetenceProfile {\n    id\n    version\n    status\n    scaleLevels\n    canEdit\n    levelNameTexts {\n      language\n      title\n      description\n      levels\n    }\n    areas {\n      id\n      code\n      missingLanguages\n      texts {\n        language\n        title\n        description\n        levels\n      }\n      competences {\n        id\n        code\n        missingLanguages\n        texts {\n          language\n          title\n          description\n          levels\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query EditableProfile($version: Int!) {\n    competenceProfile(version: $version) {\n      ...EditableProfileFields\n    }\n  }\n',
): (typeof documents)['\n  query EditableProfile($version: Int!) {\n    competenceProfile(version: $version) {\n      ...EditableProfileFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateCompetenceProfileDraft {\n    createCompetenceProfileDraft {\n      ...EditableProfileFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateCompetenceProfileDraft {\n    createCompetenceProfileDraft {\n      ...EditableProfileFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SaveCompetenceProfileDraft($input: SaveCompetenceProfileDraftInput!) {\n    saveCompetenceProfileDraft(input: $input) {\n      ...EditableProfileFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SaveCompetenceProfileDraft($input: SaveCompetenceProfileDraftInput!) {\n    saveCompetenceProfileDraft(input: $input) {\n      ...EditableProfileFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PublishCompetenceProfile($input: PublishCompetenceProfileInput!) {\n    publishCompetenceProfile(input: $input) {\n      ...EditableProfileFields\n    }\n  }\n',
): (typeof documents)['\n  mutation PublishCompetenceProfile($input: PublishCompetenceProfileInput!) {\n    publishCompetenceProfile(input: $input) {\n      ...EditableProfileFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AssessmentRounds {\n    assessmentRounds {\n      id\n      kind\n      moduleNumber\n      opensAt\n      closesAt\n      isOpen\n    }\n  }\n',
): (typeof documents)['\n  query AssessmentRounds {\n    assessmentRounds {\n      id\n      kind\n      moduleNumber\n      opensAt\n      closesAt\n      isOpen\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ProgressFields on TutorProgress {\n    personId\n    name\n    editionId\n    status\n    trainedAt\n    onTrack\n    computedAt\n    requirements {\n      kind\n      done\n      achieved\n      required\n      moduleNumber\n      roundKind\n      bookedAhead\n    }\n  }\n',
): (typeof documents)['\n  fragment ProgressFields on TutorProgress {\n    personId\n    name\n    editionId\n    status\n    trainedAt\n    onTrack\n    computedAt\n    requirements {\n      kind\n      done\n      achieved\n      required\n      moduleNumber\n      roundKind\n      bookedAhead\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyProgress {\n    myProgress {\n      ...ProgressFields\n    }\n  }\n',
): (typeof documents)['\n  query MyProgress {\n    myProgress {\n      ...ProgressFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TutorProgress($personId: ID!) {\n    tutorProgress(personId: $personId) {\n      ...ProgressFields\n    }\n  }\n',
): (typeof documents)['\n  query TutorProgress($personId: ID!) {\n    tutorProgress(personId: $personId) {\n      ...ProgressFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CompletionRule {\n    completionRule {\n      editionId\n      requiredJointNumbers\n      minJointModules\n      minNationalHours\n      selfAssessmentKind\n      selfAssessmentModuleNumber\n      assignmentsMode\n      minAcceptedAssignments\n      revision\n      refreshedAt\n      canEdit\n    }\n  }\n',
): (typeof documents)['\n  query CompletionRule {\n    completionRule {\n      editionId\n      requiredJointNumbers\n      minJointModules\n      minNationalHours\n      selfAssessmentKind\n      selfAssessmentModuleNumber\n      assignmentsMode\n      minAcceptedAssignments\n      revision\n      refreshedAt\n      canEdit\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetCompletionRule($input: SetCompletionRuleInput!) {\n    setCompletionRule(input: $input) {\n      editionId\n      requiredJointNumbers\n      minJointModules\n      minNationalHours\n      selfAssessmentKind\n      selfAssessmentModuleNumber\n      assignmentsMode\n      minAcceptedAssignments\n      revision\n      refreshedAt\n      canEdit\n    }\n  }\n',
): (typeof documents)['\n  mutation SetCompletionRule($input: SetCompletionRuleInput!) {\n    setCompletionRule(input: $input) {\n      editionId\n      requiredJointNumbers\n      minJointModules\n      minNationalHours\n      selfAssessmentKind\n      selfAssessmentModuleNumber\n      assignmentsMode\n      minAcceptedAssignments\n      revision\n      refreshedAt\n      canEdit\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation WithdrawTutor($input: WithdrawTutorInput!) {\n    withdrawTutor(input: $input) {\n      personId\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation WithdrawTutor($input: WithdrawTutorInput!) {\n    withdrawTutor(input: $input) {\n      personId\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReinstateTutor($input: ReinstateTutorInput!) {\n    reinstateTutor(input: $input) {\n      personId\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation ReinstateTutor($input: ReinstateTutorInput!) {\n    reinstateTutor(input: $input) {\n      personId\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment GlossaryTermFields on GlossaryTerm {\n    id\n    domain\n    missingLanguages\n    entries {\n      language\n      term\n      partOfSpeech\n      definition\n      example\n      synonyms\n      status\n    }\n  }\n',
): (typeof documents)['\n  fragment GlossaryTermFields on GlossaryTerm {\n    id\n    domain\n    missingLanguages\n    entries {\n      language\n      term\n      partOfSpeech\n      definition\n      example\n      synonyms\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query GlossaryTerms($search: String, $domain: GlossaryDomain) {\n    glossaryTerms(search: $search, domain: $domain) {\n      ...GlossaryTermFields\n    }\n  }\n',
): (typeof documents)['\n  query GlossaryTerms($search: String, $domain: GlossaryDomain) {\n    glossaryTerms(search: $search, domain: $domain) {\n      ...GlossaryTermFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query GlossaryTerm($id: ID!) {\n    glossaryTerm(id: $id) {\n      ...GlossaryTermFields\n      related {\n        id\n        term\n      }\n    }\n  }\n',
): (typeof documents)['\n  query GlossaryTerm($id: ID!) {\n    glossaryTerm(id: $id) {\n      ...GlossaryTermFields\n      related {\n        id\n        term\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ProposeGlossaryTerm($input: SaveGlossaryTermInput!) {\n    proposeGlossaryTerm(input: $input) {\n      ...GlossaryTermFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ProposeGlossaryTerm($input: SaveGlossaryTermInput!) {\n    proposeGlossaryTerm(input: $input) {\n      ...GlossaryTermFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SaveGlossaryTerm($input: SaveGlossaryTermInput!) {\n    saveGlossaryTerm(input: $input) {\n      ...GlossaryTermFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SaveGlossaryTerm($input: SaveGlossaryTermInput!) {\n    saveGlossaryTerm(input: $input) {\n      ...GlossaryTermFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReviewGlossaryEntry($id: ID!, $language: String!) {\n    reviewGlossaryEntry(id: $id, language: $language) {\n      ...GlossaryTermFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ReviewGlossaryEntry($id: ID!, $language: String!) {\n    reviewGlossaryEntry(id: $id, language: $language) {\n      ...GlossaryTermFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query GlossaryMatches($texts: [String!]!, $language: String!) {\n    glossaryMatches(texts: $texts, language: $language) {\n      phrase\n      termId\n      term {\n        ...GlossaryTermFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query GlossaryMatches($texts: [String!]!, $language: String!) {\n    glossaryMatches(texts: $texts, language: $language) {\n      phrase\n      termId\n      term {\n        ...GlossaryTermFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Editions {\n    editions {\n      id\n      name\n      programmeName\n      startsOn\n      endsOn\n      targetTrained\n      currentPhase {\n        id\n        kind\n        status\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Editions {\n    editions {\n      id\n      name\n      programmeName\n      startsOn\n      endsOn\n      targetTrained\n      currentPhase {\n        id\n        kind\n        status\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment EditionCycle on Edition {\n    id\n    name\n    programmeName\n    startsOn\n    endsOn\n    targetTrained\n    timeZone\n    currentPhase {\n      id\n    }\n    phases {\n      id\n      kind\n      position\n      startsOn\n      endsOn\n      status\n    }\n  }\n',
): (typeof documents)['\n  fragment EditionCycle on Edition {\n    id\n    name\n    programmeName\n    startsOn\n    endsOn\n    targetTrained\n    timeZone\n    currentPhase {\n      id\n    }\n    phases {\n      id\n      kind\n      position\n      startsOn\n      endsOn\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Edition($id: ID!) {\n    edition(id: $id) {\n      ...EditionCycle\n    }\n  }\n',
): (typeof documents)['\n  query Edition($id: ID!) {\n    edition(id: $id) {\n      ...EditionCycle\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MoveCyclePhase($input: MoveCyclePhaseInput!) {\n    moveCyclePhase(input: $input) {\n      ...EditionCycle\n    }\n  }\n',
): (typeof documents)['\n  mutation MoveCyclePhase($input: MoveCyclePhaseInput!) {\n    moveCyclePhase(input: $input) {\n      ...EditionCycle\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CitationCompetenceSources($editionId: ID) {\n    competenceProfile {\n      id\n      areas {\n        code\n        title\n        competences {\n          code\n          title\n        }\n      }\n    }\n    assessmentRounds(editionId: $editionId) {\n      id\n      kind\n      moduleNumber\n    }\n  }\n',
): (typeof documents)['\n  query CitationCompetenceSources($editionId: ID) {\n    competenceProfile {\n      id\n      areas {\n        code\n        title\n        competences {\n          code\n          title\n        }\n      }\n    }\n    assessmentRounds(editionId: $editionId) {\n      id\n      kind\n      moduleNumber\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CitationQuotes($surveyId: ID!, $countryCode: String, $side: String) {\n    surveyResults(surveyId: $surveyId, countryCode: $countryCode, side: $side) {\n      surveyId\n      questions {\n        id\n        suppressed\n        texts\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CitationQuotes($surveyId: ID!, $countryCode: String, $side: String) {\n    surveyResults(surveyId: $surveyId, countryCode: $countryCode, side: $side) {\n      surveyId\n      questions {\n        id\n        suppressed\n        texts\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment EvidenceSnapshotFields on EvidenceSnapshot {\n    label\n    groupSize\n    takenAt\n    question\n    countryCode\n    side\n    value\n    change\n    changeCount\n    quote\n  }\n',
): (typeof documents)['\n  fragment EvidenceSnapshotFields on EvidenceSnapshot {\n    label\n    groupSize\n    takenAt\n    question\n    countryCode\n    side\n    value\n    change\n    changeCount\n    quote\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment FindingFields on Finding {\n    id\n    analysisId\n    status\n    statement\n    language\n    translations {\n      language\n      statement\n    }\n    priority\n    countryCodes\n    modules {\n      id\n      code\n    }\n    citations {\n      id\n      kind\n      citedAt\n      snapshot {\n        ...EvidenceSnapshotFields\n      }\n    }\n    comments {\n      id\n      authorName\n      text\n      createdAt\n    }\n    publishedAt\n    lockVersion\n    canEdit\n    canComment\n  }\n',
): (typeof documents)['\n  fragment FindingFields on Finding {\n    id\n    analysisId\n    status\n    statement\n    language\n    translations {\n      language\n      statement\n    }\n    priority\n    countryCodes\n    modules {\n      id\n      code\n    }\n    citations {\n      id\n      kind\n      citedAt\n      snapshot {\n        ...EvidenceSnapshotFields\n      }\n    }\n    comments {\n      id\n      authorName\n      text\n      createdAt\n    }\n    publishedAt\n    lockVersion\n    canEdit\n    canComment\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ImprovementActionFields on ImprovementAction {\n    id\n    status\n    change\n    owner\n    dueOn\n    module {\n      id\n      code\n    }\n    moduleVersion {\n      id\n      version\n      publishedAt\n    }\n    findings {\n      id\n      statement\n      status\n    }\n    checkNote\n    checkBefore {\n      ...EvidenceSnapshotFields\n    }\n    checkAfter {\n      ...EvidenceSnapshotFields\n    }\n    lockVersion\n  }\n',
): (typeof documents)['\n  fragment ImprovementActionFields on ImprovementAction {\n    id\n    status\n    change\n    owner\n    dueOn\n    module {\n      id\n      code\n    }\n    moduleVersion {\n      id\n      version\n      publishedAt\n    }\n    findings {\n      id\n      statement\n      status\n    }\n    checkNote\n    checkBefore {\n      ...EvidenceSnapshotFields\n    }\n    checkAfter {\n      ...EvidenceSnapshotFields\n    }\n    lockVersion\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query InterimAnalysis($editionId: ID) {\n    interimAnalyses(editionId: $editionId) {\n      id\n      editionId\n      phaseKind\n      title\n      periodStart\n      periodEnd\n      status\n      publishedAt\n    }\n    findings(editionId: $editionId) {\n      ...FindingFields\n    }\n    improvementActions(editionId: $editionId) {\n      ...ImprovementActionFields\n    }\n  }\n',
): (typeof documents)['\n  query InterimAnalysis($editionId: ID) {\n    interimAnalyses(editionId: $editionId) {\n      id\n      editionId\n      phaseKind\n      title\n      periodStart\n      periodEnd\n      status\n      publishedAt\n    }\n    findings(editionId: $editionId) {\n      ...FindingFields\n    }\n    improvementActions(editionId: $editionId) {\n      ...ImprovementActionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query YouSaidWeDid {\n    youSaidWeDid {\n      editionId\n      analyses {\n        id\n        title\n        periodStart\n        periodEnd\n        publishedAt\n      }\n      findings {\n        ...FindingFields\n      }\n      actions {\n        ...ImprovementActionFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query YouSaidWeDid {\n    youSaidWeDid {\n      editionId\n      analyses {\n        id\n        title\n        periodStart\n        periodEnd\n        publishedAt\n      }\n      findings {\n        ...FindingFields\n      }\n      actions {\n        ...ImprovementActionFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateFinding($input: CreateFindingInput!) {\n    createFinding(input: $input) {\n      ...FindingFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateFinding($input: CreateFindingInput!) {\n    createFinding(input: $input) {\n      ...FindingFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddCitation($input: AddCitationInput!) {\n    addCitation(input: $input) {\n      ...FindingFields\n    }\n  }\n',
): (typeof documents)['\n  mutation AddCitation($input: AddCitationInput!) {\n    addCitation(input: $input) {\n      ...FindingFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveCitation($citationId: ID!) {\n    removeCitation(citationId: $citationId) {\n      ...FindingFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RemoveCitation($citationId: ID!) {\n    removeCitation(citationId: $citationId) {\n      ...FindingFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PublishFinding($input: PublishFindingInput!) {\n    publishFinding(input: $input) {\n      ...FindingFields\n    }\n  }\n',
): (typeof documents)['\n  mutation PublishFinding($input: PublishFindingInput!) {\n    publishFinding(input: $input) {\n      ...FindingFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CommentOnFinding($input: CommentOnFindingInput!) {\n    commentOnFinding(input: $input) {\n      ...FindingFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CommentOnFinding($input: CommentOnFindingInput!) {\n    commentOnFinding(input: $input) {\n      ...FindingFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CitationSurvey($id: ID!) {\n    survey(id: $id) {\n      id\n      questions {\n        id\n        code\n        type\n        text\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CitationSurvey($id: ID!) {\n    survey(id: $id) {\n      id\n      questions {\n        id\n        code\n        type\n        text\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetFindingTranslation($input: SetFindingTranslationInput!) {\n    setFindingTranslation(input: $input) {\n      ...FindingFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SetFindingTranslation($input: SetFindingTranslationInput!) {\n    setFindingTranslation(input: $input) {\n      ...FindingFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateImprovementAction($input: CreateImprovementActionInput!) {\n    createImprovementAction(input: $input) {\n      ...ImprovementActionFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateImprovementAction($input: CreateImprovementActionInput!) {\n    createImprovementAction(input: $input) {\n      ...ImprovementActionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateImprovementAction($input: UpdateImprovementActionInput!) {\n    updateImprovementAction(input: $input) {\n      ...ImprovementActionFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateImprovementAction($input: UpdateImprovementActionInput!) {\n    updateImprovementAction(input: $input) {\n      ...ImprovementActionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetImprovementActionStatus($input: SetImprovementActionStatusInput!) {\n    setImprovementActionStatus(input: $input) {\n      ...ImprovementActionFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SetImprovementActionStatus($input: SetImprovementActionStatusInput!) {\n    setImprovementActionStatus(input: $input) {\n      ...ImprovementActionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ActionModules($editionId: ID) {\n    modules(filter: { editionId: $editionId }) {\n      id\n      versionId\n      language\n      code\n      title\n    }\n  }\n',
): (typeof documents)['\n  query ActionModules($editionId: ID) {\n    modules(filter: { editionId: $editionId }) {\n      id\n      versionId\n      language\n      code\n      title\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ActionModuleVersions($moduleId: ID!) {\n    moduleHistory(moduleId: $moduleId) {\n      id\n      version\n      status\n      publishedAt\n    }\n  }\n',
): (typeof documents)['\n  query ActionModuleVersions($moduleId: ID!) {\n    moduleHistory(moduleId: $moduleId) {\n      id\n      version\n      status\n      publishedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FinalEvaluation($editionId: ID, $language: String) {\n    finalEvaluation(editionId: $editionId, language: $language) {\n      editionId\n      editionName\n      scope\n      countryCodes\n      minGroupSize\n      language\n      computedAt\n      competenceAreas {\n        code\n        title\n      }\n      competenceChange {\n        areaCode\n        countryCode\n        side\n        suppressed\n        n\n        meanBaseline\n        meanFinal\n        meanChange\n        ciLow\n        ciHigh\n        effectSize\n      }\n      satisfactionQuestionCode\n      satisfactionQuestion\n      satisfaction {\n        moduleId\n        moduleCode\n        jointNumber\n        moduleVersion\n        countryCode\n        suppressed\n        count\n        mean\n        shareHigh\n      }\n      completion {\n        target\n        trained\n        registered\n        cells {\n          countryCode\n          side\n          registered\n          trained\n          target\n        }\n      }\n      improvementActions {\n        ...ImprovementActionFields\n      }\n      finalSurveyResults {\n        surveyId\n        countryCode\n        suppressed\n        responseCount\n        questions {\n          id\n          code\n          type\n          text\n          suppressed\n          count\n          mean\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query FinalEvaluation($editionId: ID, $language: String) {\n    finalEvaluation(editionId: $editionId, language: $language) {\n      editionId\n      editionName\n      scope\n      countryCodes\n      minGroupSize\n      language\n      computedAt\n      competenceAreas {\n        code\n        title\n      }\n      competenceChange {\n        areaCode\n        countryCode\n        side\n        suppressed\n        n\n        meanBaseline\n        meanFinal\n        meanChange\n        ciLow\n        ciHigh\n        effectSize\n      }\n      satisfactionQuestionCode\n      satisfactionQuestion\n      satisfaction {\n        moduleId\n        moduleCode\n        jointNumber\n        moduleVersion\n        countryCode\n        suppressed\n        count\n        mean\n        shareHigh\n      }\n      completion {\n        target\n        trained\n        registered\n        cells {\n          countryCode\n          side\n          registered\n          trained\n          target\n        }\n      }\n      improvementActions {\n        ...ImprovementActionFields\n      }\n      finalSurveyResults {\n        surveyId\n        countryCode\n        suppressed\n        responseCount\n        questions {\n          id\n          code\n          type\n          text\n          suppressed\n          count\n          mean\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyNextSteps {\n    myNextSteps {\n      kind\n      done\n      href\n      moduleNumber\n      roundKind\n      dueAt\n    }\n  }\n',
): (typeof documents)['\n  query MyNextSteps {\n    myNextSteps {\n      kind\n      done\n      href\n      moduleNumber\n      roundKind\n      dueAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyWorkQueue {\n    myWorkQueue {\n      kind\n      count\n      overdue\n      oldestAt\n      href\n    }\n  }\n',
): (typeof documents)['\n  query MyWorkQueue {\n    myWorkQueue {\n      kind\n      count\n      overdue\n      oldestAt\n      href\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WhereWeAreNow {\n    whereWeAreNow {\n      edition {\n        id\n        name\n      }\n      currentPhase {\n        id\n        kind\n        position\n        startsOn\n        endsOn\n        status\n      }\n      nextSteps {\n        kind\n        role\n      }\n    }\n  }\n',
): (typeof documents)['\n  query WhereWeAreNow {\n    whereWeAreNow {\n      edition {\n        id\n        name\n      }\n      currentPhase {\n        id\n        kind\n        position\n        startsOn\n        endsOn\n        status\n      }\n      nextSteps {\n        kind\n        role\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TutorImportJob($id: String!) {\n    importJob(id: $id) {\n      id\n      status\n      fileName\n      totalRows\n      processedRows\n      error\n      finishedAt\n      summary {\n        new\n        updated\n        unchanged\n      }\n    }\n  }\n',
): (typeof documents)['\n  query TutorImportJob($id: String!) {\n    importJob(id: $id) {\n      id\n      status\n      fileName\n      totalRows\n      processedRows\n      error\n      finishedAt\n      summary {\n        new\n        updated\n        unchanged\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query InvitationByToken($token: String!) {\n    invitation(token: $token) {\n      email\n      givenName\n      familyName\n      invitedBy\n      preferredLanguage\n      expiresAt\n      expired\n      used\n    }\n  }\n',
): (typeof documents)['\n  query InvitationByToken($token: String!) {\n    invitation(token: $token) {\n      email\n      givenName\n      familyName\n      invitedBy\n      preferredLanguage\n      expiresAt\n      expired\n      used\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...SessionPerson\n    }\n  }\n',
): (typeof documents)['\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...SessionPerson\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ModuleSummary on Module {\n    id\n    versionId\n    language\n    code\n    kind\n    number\n    countryCode\n    title\n    titleIsFallback\n    contactHours\n    selfStudyHours\n    deliveryMode\n    version\n    status\n    publishedVersion\n    draftVersion\n    canEdit\n  }\n',
): (typeof documents)['\n  fragment ModuleSummary on Module {\n    id\n    versionId\n    language\n    code\n    kind\n    number\n    countryCode\n    title\n    titleIsFallback\n    contactHours\n    selfStudyHours\n    deliveryMode\n    version\n    status\n    publishedVersion\n    draftVersion\n    canEdit\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ModuleDetail on Module {\n    ...ModuleSummary\n    editionId\n    summary\n    summaryIsFallback\n    learningOutcomes\n    learningOutcomesIsFallback\n    changeReason\n    publishedAt\n    lockVersion\n    texts {\n      language\n      title\n      summary\n      learningOutcomes\n    }\n    materials {\n      id\n      kind\n      title\n      url\n      downloadUrl\n      fileName\n      sizeBytes\n      contentType\n    }\n  }\n',
): (typeof documents)['\n  fragment ModuleDetail on Module {\n    ...ModuleSummary\n    editionId\n    summary\n    summaryIsFallback\n    learningOutcomes\n    learningOutcomesIsFallback\n    changeReason\n    publishedAt\n    lockVersion\n    texts {\n      language\n      title\n      summary\n      learningOutcomes\n    }\n    materials {\n      id\n      kind\n      title\n      url\n      downloadUrl\n      fileName\n      sizeBytes\n      contentType\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Modules($filter: ModuleFilter, $language: String) {\n    modules(filter: $filter, language: $language) {\n      ...ModuleSummary\n    }\n  }\n',
): (typeof documents)['\n  query Modules($filter: ModuleFilter, $language: String) {\n    modules(filter: $filter, language: $language) {\n      ...ModuleSummary\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Module($id: ID!, $draft: Boolean!, $language: String) {\n    module(id: $id, draft: $draft, language: $language) {\n      ...ModuleDetail\n    }\n  }\n',
): (typeof documents)['\n  query Module($id: ID!, $draft: Boolean!, $language: String) {\n    module(id: $id, draft: $draft, language: $language) {\n      ...ModuleDetail\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ModuleHistory($moduleId: ID!) {\n    moduleHistory(moduleId: $moduleId) {\n      id\n      version\n      status\n      publishedAt\n      changeReason\n      changes {\n        field\n        before\n        after\n      }\n      improvementActions {\n        id\n        change\n        status\n        findings {\n          id\n          statement\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ModuleHistory($moduleId: ID!) {\n    moduleHistory(moduleId: $moduleId) {\n      id\n      version\n      status\n      publishedAt\n      changeReason\n      changes {\n        field\n        before\n        after\n      }\n      improvementActions {\n        id\n        change\n        status\n        findings {\n          id\n          statement\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ModuleEditions {\n    editions {\n      id\n      name\n      languages\n      currentPhase {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ModuleEditions {\n    editions {\n      id\n      name\n      languages\n      currentPhase {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SaveModuleDraft($input: SaveModuleDraftInput!) {\n    saveModuleDraft(input: $input) {\n      ...ModuleDetail\n    }\n  }\n',
): (typeof documents)['\n  mutation SaveModuleDraft($input: SaveModuleDraftInput!) {\n    saveModuleDraft(input: $input) {\n      ...ModuleDetail\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PublishModule($input: PublishModuleInput!) {\n    publishModule(input: $input) {\n      ...ModuleDetail\n    }\n  }\n',
): (typeof documents)['\n  mutation PublishModule($input: PublishModuleInput!) {\n    publishModule(input: $input) {\n      ...ModuleDetail\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddModuleMaterialLink($input: AddModuleMaterialLinkInput!) {\n    addModuleMaterialLink(input: $input) {\n      ...ModuleDetail\n    }\n  }\n',
): (typeof documents)['\n  mutation AddModuleMaterialLink($input: AddModuleMaterialLinkInput!) {\n    addModuleMaterialLink(input: $input) {\n      ...ModuleDetail\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveModuleMaterial($input: RemoveModuleMaterialInput!) {\n    removeModuleMaterial(input: $input) {\n      ...ModuleDetail\n    }\n  }\n',
): (typeof documents)['\n  mutation RemoveModuleMaterial($input: RemoveModuleMaterialInput!) {\n    removeModuleMaterial(input: $input) {\n      ...ModuleDetail\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateModule($input: CreateModuleInput!) {\n    createModule(input: $input) {\n      ...ModuleSummary\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateModule($input: CreateModuleInput!) {\n    createModule(input: $input) {\n      ...ModuleSummary\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ModuleAgreedActions($editionId: ID) {\n    improvementActions(editionId: $editionId) {\n      id\n      status\n      change\n      module {\n        id\n      }\n      findings {\n        id\n        statement\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ModuleAgreedActions($editionId: ID) {\n    improvementActions(editionId: $editionId) {\n      id\n      status\n      change\n      module {\n        id\n      }\n      findings {\n        id\n        statement\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query NationalProgrammes($editionId: ID, $language: String) {\n    nationalProgrammes(editionId: $editionId, language: $language) {\n      id\n      countryCode\n      revision\n      status\n      inForce\n      totalHours\n      submittedAt\n      decidedAt\n    }\n  }\n',
): (typeof documents)['\n  query NationalProgrammes($editionId: ID, $language: String) {\n    nationalProgrammes(editionId: $editionId, language: $language) {\n      id\n      countryCode\n      revision\n      status\n      inForce\n      totalHours\n      submittedAt\n      decidedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment NationalProgrammeDetail on NationalProgramme {\n    id\n    editionId\n    countryCode\n    revision\n    status\n    inForce\n    lockVersion\n    canEdit\n    canSubmit\n    canDecide\n    createdAt\n    submittedAt\n    submittedByName\n    decidedAt\n    decidedByName\n    returnComments\n    totalContactHours\n    totalSelfStudyHours\n    totalHours\n    items {\n      moduleId\n      position\n      code\n      title\n      titleIsFallback\n      kind\n      number\n      moduleVersion\n      contactHours\n      selfStudyHours\n      totalHours\n    }\n    revisions {\n      id\n      revision\n      status\n      inForce\n      createdAt\n      submittedAt\n      decidedAt\n      decidedByName\n      returnComments\n    }\n  }\n',
): (typeof documents)['\n  fragment NationalProgrammeDetail on NationalProgramme {\n    id\n    editionId\n    countryCode\n    revision\n    status\n    inForce\n    lockVersion\n    canEdit\n    canSubmit\n    canDecide\n    createdAt\n    submittedAt\n    submittedByName\n    decidedAt\n    decidedByName\n    returnComments\n    totalContactHours\n    totalSelfStudyHours\n    totalHours\n    items {\n      moduleId\n      position\n      code\n      title\n      titleIsFallback\n      kind\n      number\n      moduleVersion\n      contactHours\n      selfStudyHours\n      totalHours\n    }\n    revisions {\n      id\n      revision\n      status\n      inForce\n      createdAt\n      submittedAt\n      decidedAt\n      decidedByName\n      returnComments\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query NationalProgramme($id: ID!, $language: String) {\n    nationalProgramme(id: $id, language: $language) {\n      ...NationalProgrammeDetail\n    }\n  }\n',
): (typeof documents)['\n  query NationalProgramme($id: ID!, $language: String) {\n    nationalProgramme(id: $id, language: $language) {\n      ...NationalProgrammeDetail\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProgrammeModuleChoices($editionId: ID!, $language: String) {\n    modules(filter: { editionId: $editionId }, language: $language) {\n      id\n      versionId\n      language\n      code\n      kind\n      number\n      countryCode\n      title\n      titleIsFallback\n      contactHours\n      selfStudyHours\n      publishedVersion\n    }\n  }\n',
): (typeof documents)['\n  query ProgrammeModuleChoices($editionId: ID!, $language: String) {\n    modules(filter: { editionId: $editionId }, language: $language) {\n      id\n      versionId\n      language\n      code\n      kind\n      number\n      countryCode\n      title\n      titleIsFallback\n      contactHours\n      selfStudyHours\n      publishedVersion\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SaveNationalProgramme($input: SaveNationalProgrammeInput!) {\n    saveNationalProgramme(input: $input) {\n      ...NationalProgrammeDetail\n    }\n  }\n',
): (typeof documents)['\n  mutation SaveNationalProgramme($input: SaveNationalProgrammeInput!) {\n    saveNationalProgramme(input: $input) {\n      ...NationalProgrammeDetail\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SubmitNationalProgramme($id: ID!, $expectedLockVersion: Int) {\n    submitNationalProgramme(id: $id, expectedLockVersion: $expectedLockVersion) {\n      ...NationalProgrammeDetail\n    }\n  }\n',
): (typeof documents)['\n  mutation SubmitNationalProgramme($id: ID!, $expectedLockVersion: Int) {\n    submitNationalProgramme(id: $id, expectedLockVersion: $expectedLockVersion) {\n      ...NationalProgrammeDetail\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ApproveNationalProgramme($id: ID!, $expectedLockVersion: Int) {\n    approveNationalProgramme(id: $id, expectedLockVersion: $expectedLockVersion) {\n      ...NationalProgrammeDetail\n    }\n  }\n',
): (typeof documents)['\n  mutation ApproveNationalProgramme($id: ID!, $expectedLockVersion: Int) {\n    approveNationalProgramme(id: $id, expectedLockVersion: $expectedLockVersion) {\n      ...NationalProgrammeDetail\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReturnNationalProgramme($id: ID!, $comments: String!, $expectedLockVersion: Int) {\n    returnNationalProgramme(id: $id, comments: $comments, expectedLockVersion: $expectedLockVersion) {\n      ...NationalProgrammeDetail\n    }\n  }\n',
): (typeof documents)['\n  mutation ReturnNationalProgramme($id: ID!, $comments: String!, $expectedLockVersion: Int) {\n    returnNationalProgramme(id: $id, comments: $comments, expectedLockVersion: $expectedLockVersion) {\n      ...NationalProgrammeDetail\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ApplyToJoinNetwork($input: ApplyToJoinNetworkInput!) {\n    applyToJoinNetwork(input: $input)\n  }\n',
): (typeof documents)['\n  mutation ApplyToJoinNetwork($input: ApplyToJoinNetworkInput!) {\n    applyToJoinNetwork(input: $input)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment NetworkApplicationFields on NetworkApplication {\n    id\n    organisationName\n    kind\n    country\n    registryCode\n    city\n    website\n    sector\n    sizeClass\n    contactGivenName\n    contactFamilyName\n    contactEmail\n    preferredLanguage\n    message\n    status\n    decidedBy\n    decidedAt\n    rejectionReason\n    createdOrganisationId\n    createdAt\n  }\n',
): (typeof documents)['\n  fragment NetworkApplicationFields on NetworkApplication {\n    id\n    organisationName\n    kind\n    country\n    registryCode\n    city\n    website\n    sector\n    sizeClass\n    contactGivenName\n    contactFamilyName\n    contactEmail\n    preferredLanguage\n    message\n    status\n    decidedBy\n    decidedAt\n    rejectionReason\n    createdOrganisationId\n    createdAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query NetworkApplications($status: NetworkApplicationStatus, $first: Int!, $after: String) {\n    networkApplications(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          organisationName\n          kind\n          country\n          city\n          contactGivenName\n          contactFamilyName\n          status\n          createdAt\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query NetworkApplications($status: NetworkApplicationStatus, $first: Int!, $after: String) {\n    networkApplications(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          organisationName\n          kind\n          country\n          city\n          contactGivenName\n          contactFamilyName\n          status\n          createdAt\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query NetworkApplication($id: ID!) {\n    networkApplication(id: $id) {\n      ...NetworkApplicationFields\n    }\n  }\n',
): (typeof documents)['\n  query NetworkApplication($id: ID!) {\n    networkApplication(id: $id) {\n      ...NetworkApplicationFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ApproveNetworkApplication($id: ID!) {\n    approveNetworkApplication(id: $id) {\n      ...NetworkApplicationFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ApproveNetworkApplication($id: ID!) {\n    approveNetworkApplication(id: $id) {\n      ...NetworkApplicationFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RejectNetworkApplication($id: ID!, $reason: String!) {\n    rejectNetworkApplication(id: $id, reason: $reason) {\n      ...NetworkApplicationFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RejectNetworkApplication($id: ID!, $reason: String!) {\n    rejectNetworkApplication(id: $id, reason: $reason) {\n      ...NetworkApplicationFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment OrganisationSummary on Organisation {\n    id\n    name\n    kind\n    country\n    city\n    sector\n  }\n',
): (typeof documents)['\n  fragment OrganisationSummary on Organisation {\n    id\n    name\n    kind\n    country\n    city\n    sector\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Organisations($filter: OrganisationFilter, $first: Int!, $after: String) {\n    organisations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...OrganisationSummary\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Organisations($filter: OrganisationFilter, $first: Int!, $after: String) {\n    organisations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...OrganisationSummary\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Organisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      country\n      registryCode\n      city\n      website\n      sector\n      sizeClass\n      cluster {\n        ...OrganisationSummary\n      }\n      tutors {\n        id\n        displayName\n        side\n        occupationField\n        email\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Organisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      country\n      registryCode\n      city\n      website\n      sector\n      sizeClass\n      cluster {\n        ...OrganisationSummary\n      }\n      tutors {\n        id\n        displayName\n        side\n        occupationField\n        email\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Countries {\n    countries {\n      code\n      programmeCountry\n    }\n  }\n',
): (typeof documents)['\n  query Countries {\n    countries {\n      code\n      programmeCountry\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n',
): (typeof documents)['\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyNotifications($first: Int!) {\n    myNotifications(first: $first) {\n      id\n      kind\n      createdAt\n      readAt\n      targetType\n      targetId\n      params {\n        name\n        value\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MyNotifications($first: Int!) {\n    myNotifications(first: $first) {\n      id\n      kind\n      createdAt\n      readAt\n      targetType\n      targetId\n      params {\n        name\n        value\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids) {\n      id\n      readAt\n    }\n  }\n',
): (typeof documents)['\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids) {\n      id\n      readAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OutboxMessages($first: Int!, $after: String) {\n    outboxMessages(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          kind\n          language\n          recipientEmail\n          subject\n          textBody\n          status\n          attempts\n          deliveryNote\n          lastError\n          createdAt\n          sentAt\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query OutboxMessages($first: Int!, $after: String) {\n    outboxMessages(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          kind\n          language\n          recipientEmail\n          subject\n          textBody\n          status\n          attempts\n          deliveryNote\n          lastError\n          createdAt\n          sentAt\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n',
): (typeof documents)['\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n',
): (typeof documents)['\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PeerReviewFields on PeerReview {\n    id\n    countryCode\n    nationalProgrammeId\n    nationalProgrammeRevision\n    stage\n    visitStartsOn\n    visitEndsOn\n    reportDueOn\n    reportOverdue\n    countryComments\n    lockVersion\n    canManage\n    canWriteAsCountry\n    canWriteAsPeer\n    selfReport {\n      areaCode\n      text\n    }\n    peers {\n      personId\n      name\n      countryCode\n      trainedOn\n    }\n    interviews {\n      id\n      interviewee\n      heldOn\n      notes\n      authorName\n    }\n    recommendations {\n      id\n      areaCode\n      text\n      authorName\n      improvementActionId\n      actionStatus\n    }\n  }\n',
): (typeof documents)['\n  fragment PeerReviewFields on PeerReview {\n    id\n    countryCode\n    nationalProgrammeId\n    nationalProgrammeRevision\n    stage\n    visitStartsOn\n    visitEndsOn\n    reportDueOn\n    reportOverdue\n    countryComments\n    lockVersion\n    canManage\n    canWriteAsCountry\n    canWriteAsPeer\n    selfReport {\n      areaCode\n      text\n    }\n    peers {\n      personId\n      name\n      countryCode\n      trainedOn\n    }\n    interviews {\n      id\n      interviewee\n      heldOn\n      notes\n      authorName\n    }\n    recommendations {\n      id\n      areaCode\n      text\n      authorName\n      improvementActionId\n      actionStatus\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PeerReviews {\n    peerReviews {\n      id\n      countryCode\n      nationalProgrammeRevision\n      stage\n      visitStartsOn\n      visitEndsOn\n      reportDueOn\n      reportOverdue\n      peers {\n        personId\n        countryCode\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PeerReviews {\n    peerReviews {\n      id\n      countryCode\n      nationalProgrammeRevision\n      stage\n      visitStartsOn\n      visitEndsOn\n      reportDueOn\n      reportOverdue\n      peers {\n        personId\n        countryCode\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PeerReview($id: ID!) {\n    peerReview(id: $id) {\n      ...PeerReviewFields\n    }\n  }\n',
): (typeof documents)['\n  query PeerReview($id: ID!) {\n    peerReview(id: $id) {\n      ...PeerReviewFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SavePeerReviewSelfReport($input: SavePeerReviewSelfReportInput!) {\n    savePeerReviewSelfReport(input: $input) {\n      ...PeerReviewFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SavePeerReviewSelfReport($input: SavePeerReviewSelfReportInput!) {\n    savePeerReviewSelfReport(input: $input) {\n      ...PeerReviewFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddPeerReviewInterview($input: AddPeerReviewInterviewInput!) {\n    addPeerReviewInterview(input: $input) {\n      ...PeerReviewFields\n    }\n  }\n',
): (typeof documents)['\n  mutation AddPeerReviewInterview($input: AddPeerReviewInterviewInput!) {\n    addPeerReviewInterview(input: $input) {\n      ...PeerReviewFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddPeerReviewRecommendation($input: AddPeerReviewRecommendationInput!) {\n    addPeerReviewRecommendation(input: $input) {\n      ...PeerReviewFields\n    }\n  }\n',
): (typeof documents)['\n  mutation AddPeerReviewRecommendation($input: AddPeerReviewRecommendationInput!) {\n    addPeerReviewRecommendation(input: $input) {\n      ...PeerReviewFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CommentOnPeerReviewReport($input: CommentOnPeerReviewReportInput!) {\n    commentOnPeerReviewReport(input: $input) {\n      ...PeerReviewFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CommentOnPeerReviewReport($input: CommentOnPeerReviewReportInput!) {\n    commentOnPeerReviewReport(input: $input) {\n      ...PeerReviewFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AdvancePeerReview($input: AdvancePeerReviewInput!) {\n    advancePeerReview(input: $input) {\n      ...PeerReviewFields\n    }\n  }\n',
): (typeof documents)['\n  mutation AdvancePeerReview($input: AdvancePeerReviewInput!) {\n    advancePeerReview(input: $input) {\n      ...PeerReviewFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StartPeerReviewFollowUp($id: ID!) {\n    startPeerReviewFollowUp(id: $id) {\n      ...PeerReviewFields\n    }\n  }\n',
): (typeof documents)['\n  mutation StartPeerReviewFollowUp($id: ID!) {\n    startPeerReviewFollowUp(id: $id) {\n      ...PeerReviewFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetPeerReviewActionStatus($input: SetPeerReviewActionStatusInput!) {\n    setPeerReviewActionStatus(input: $input) {\n      ...PeerReviewFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SetPeerReviewActionStatus($input: SetPeerReviewActionStatusInput!) {\n    setPeerReviewActionStatus(input: $input) {\n      ...PeerReviewFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation InvitePerson($input: InvitePersonInput!) {\n    invitePerson(input: $input) {\n      id\n      displayName\n      email\n    }\n  }\n',
): (typeof documents)['\n  mutation InvitePerson($input: InvitePersonInput!) {\n    invitePerson(input: $input) {\n      id\n      displayName\n      email\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query InviteOrganisationChoices($country: String!) {\n    organisations(filter: { country: $country }, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          kind\n          city\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query InviteOrganisationChoices($country: String!) {\n    organisations(filter: { country: $country }, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          kind\n          city\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PersonRoles on Person {\n    id\n    displayName\n    email\n    preferredLanguage\n    roles {\n      id\n      role\n      scopeKind\n      countryCode\n      organisation {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment PersonRoles on Person {\n    id\n    displayName\n    email\n    preferredLanguage\n    roles {\n      id\n      role\n      scopeKind\n      countryCode\n      organisation {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query People(\n    $first: Int!\n    $after: String\n    $search: String\n    $role: Role\n    $countryCode: String\n    $organisationId: ID\n    $status: PersonStatus\n  ) {\n    people(\n      first: $first\n      after: $after\n      search: $search\n      role: $role\n      countryCode: $countryCode\n      organisationId: $organisationId\n      status: $status\n    ) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...PersonRoles\n          countryCode\n          status\n          organisation {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query People(\n    $first: Int!\n    $after: String\n    $search: String\n    $role: Role\n    $countryCode: String\n    $organisationId: ID\n    $status: PersonStatus\n  ) {\n    people(\n      first: $first\n      after: $after\n      search: $search\n      role: $role\n      countryCode: $countryCode\n      organisationId: $organisationId\n      status: $status\n    ) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...PersonRoles\n          countryCode\n          status\n          organisation {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Person($id: ID!) {\n    person(id: $id) {\n      ...PersonRoles\n    }\n  }\n',
): (typeof documents)['\n  query Person($id: ID!) {\n    person(id: $id) {\n      ...PersonRoles\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation GrantRole($input: GrantRoleInput!) {\n    grantRole(input: $input) {\n      ...PersonRoles\n    }\n  }\n',
): (typeof documents)['\n  mutation GrantRole($input: GrantRoleInput!) {\n    grantRole(input: $input) {\n      ...PersonRoles\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RevokeRole($grantId: String!) {\n    revokeRole(grantId: $grantId) {\n      ...PersonRoles\n    }\n  }\n',
): (typeof documents)['\n  mutation RevokeRole($grantId: String!) {\n    revokeRole(grantId: $grantId) {\n      ...PersonRoles\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PersonRecord($id: ID!) {\n    personRecord(id: $id) {\n      id\n      displayName\n      email\n      status\n      deactivatedAt\n      countryCode\n      side\n      organisation {\n        id\n        name\n      }\n      roles {\n        id\n        role\n        scopeKind\n        countryCode\n        organisation {\n          id\n          name\n        }\n      }\n      tandems {\n        id\n        editionName\n        status\n        side\n        partnerId\n        partnerName\n        partnerOrganisation\n        activatedAt\n        dissolvedAt\n      }\n      enrolments {\n        sessionId\n        moduleCode\n        moduleTitle\n        moduleKind\n        startsAt\n        hours\n        sessionStatus\n        enrolmentStatus\n        attendance\n      }\n      progress {\n        ...ProgressFields\n      }\n      selfAssessments {\n        roundId\n        kind\n        moduleNumber\n        opensAt\n        closesAt\n        status\n        submittedAt\n      }\n      assignments {\n        assignmentId\n        title\n        moduleCode\n        dueOn\n        status\n        submittedAt\n      }\n      certificates {\n        id\n        number\n        publicId\n        editionName\n        status\n        issuedAt\n        revokedAt\n      }\n      statusHistory {\n        editionName\n        fromStatus\n        toStatus\n        effectiveAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PersonRecord($id: ID!) {\n    personRecord(id: $id) {\n      id\n      displayName\n      email\n      status\n      deactivatedAt\n      countryCode\n      side\n      organisation {\n        id\n        name\n      }\n      roles {\n        id\n        role\n        scopeKind\n        countryCode\n        organisation {\n          id\n          name\n        }\n      }\n      tandems {\n        id\n        editionName\n        status\n        side\n        partnerId\n        partnerName\n        partnerOrganisation\n        activatedAt\n        dissolvedAt\n      }\n      enrolments {\n        sessionId\n        moduleCode\n        moduleTitle\n        moduleKind\n        startsAt\n        hours\n        sessionStatus\n        enrolmentStatus\n        attendance\n      }\n      progress {\n        ...ProgressFields\n      }\n      selfAssessments {\n        roundId\n        kind\n        moduleNumber\n        opensAt\n        closesAt\n        status\n        submittedAt\n      }\n      assignments {\n        assignmentId\n        title\n        moduleCode\n        dueOn\n        status\n        submittedAt\n      }\n      certificates {\n        id\n        number\n        publicId\n        editionName\n        status\n        issuedAt\n        revokedAt\n      }\n      statusHistory {\n        editionName\n        fromStatus\n        toStatus\n        effectiveAt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PolicyRecommendationFields on PolicyRecommendation {\n    id\n    title\n    text\n    language\n    audience\n    countryCode\n    status\n    findings {\n      id\n      statement\n      language\n      citations {\n        id\n        kind\n        snapshot {\n          ...EvidenceSnapshotFields\n        }\n      }\n    }\n    citations {\n      id\n      kind\n      snapshot {\n        ...EvidenceSnapshotFields\n      }\n    }\n    comments {\n      id\n      authorName\n      text\n      createdAt\n    }\n    consultationStartedAt\n    publishedAt\n    lockVersion\n    canEdit\n    canComment\n  }\n',
): (typeof documents)['\n  fragment PolicyRecommendationFields on PolicyRecommendation {\n    id\n    title\n    text\n    language\n    audience\n    countryCode\n    status\n    findings {\n      id\n      statement\n      language\n      citations {\n        id\n        kind\n        snapshot {\n          ...EvidenceSnapshotFields\n        }\n      }\n    }\n    citations {\n      id\n      kind\n      snapshot {\n        ...EvidenceSnapshotFields\n      }\n    }\n    comments {\n      id\n      authorName\n      text\n      createdAt\n    }\n    consultationStartedAt\n    publishedAt\n    lockVersion\n    canEdit\n    canComment\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PolicyRecommendations {\n    policyRecommendations {\n      ...PolicyRecommendationFields\n    }\n    policyBriefs {\n      audience\n      countryCode\n      recommendationCount\n    }\n  }\n',
): (typeof documents)['\n  query PolicyRecommendations {\n    policyRecommendations {\n      ...PolicyRecommendationFields\n    }\n    policyBriefs {\n      audience\n      countryCode\n      recommendationCount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RecommendableFindings {\n    findings {\n      id\n      status\n      statement\n    }\n  }\n',
): (typeof documents)['\n  query RecommendableFindings {\n    findings {\n      id\n      status\n      statement\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PolicyBrief($audience: PolicyRecommendationAudience!, $countryCode: String) {\n    policyBrief(audience: $audience, countryCode: $countryCode) {\n      editionId\n      editionName\n      audience\n      countryCode\n      evidenceCount\n      publishedAt\n      pdfPath\n      recommendations {\n        ...PolicyRecommendationFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PolicyBrief($audience: PolicyRecommendationAudience!, $countryCode: String) {\n    policyBrief(audience: $audience, countryCode: $countryCode) {\n      editionId\n      editionName\n      audience\n      countryCode\n      evidenceCount\n      publishedAt\n      pdfPath\n      recommendations {\n        ...PolicyRecommendationFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreatePolicyRecommendation($input: CreatePolicyRecommendationInput!) {\n    createPolicyRecommendation(input: $input) {\n      ...PolicyRecommendationFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CreatePolicyRecommendation($input: CreatePolicyRecommendationInput!) {\n    createPolicyRecommendation(input: $input) {\n      ...PolicyRecommendationFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdatePolicyRecommendation($input: UpdatePolicyRecommendationInput!) {\n    updatePolicyRecommendation(input: $input) {\n      ...PolicyRecommendationFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdatePolicyRecommendation($input: UpdatePolicyRecommendationInput!) {\n    updatePolicyRecommendation(input: $input) {\n      ...PolicyRecommendationFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CiteInPolicyRecommendation($input: CiteInPolicyRecommendationInput!) {\n    citeInPolicyRecommendation(input: $input) {\n      ...PolicyRecommendationFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CiteInPolicyRecommendation($input: CiteInPolicyRecommendationInput!) {\n    citeInPolicyRecommendation(input: $input) {\n      ...PolicyRecommendationFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemovePolicyRecommendationCitation($citationId: ID!) {\n    removePolicyRecommendationCitation(citationId: $citationId) {\n      ...PolicyRecommendationFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RemovePolicyRecommendationCitation($citationId: ID!) {\n    removePolicyRecommendationCitation(citationId: $citationId) {\n      ...PolicyRecommendationFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetPolicyRecommendationStatus($input: SetPolicyRecommendationStatusInput!) {\n    setPolicyRecommendationStatus(input: $input) {\n      ...PolicyRecommendationFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SetPolicyRecommendationStatus($input: SetPolicyRecommendationStatusInput!) {\n    setPolicyRecommendationStatus(input: $input) {\n      ...PolicyRecommendationFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CommentOnPolicyRecommendation($input: CommentOnPolicyRecommendationInput!) {\n    commentOnPolicyRecommendation(input: $input) {\n      ...PolicyRecommendationFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CommentOnPolicyRecommendation($input: CommentOnPolicyRecommendationInput!) {\n    commentOnPolicyRecommendation(input: $input) {\n      ...PolicyRecommendationFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyConsents {\n    myConsents {\n      purpose\n      granted\n      answered\n      changedAt\n    }\n  }\n',
): (typeof documents)['\n  query MyConsents {\n    myConsents {\n      purpose\n      granted\n      answered\n      changedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetConsents($input: SetConsentsInput!) {\n    setConsents(input: $input) {\n      purpose\n      granted\n      answered\n      changedAt\n    }\n  }\n',
): (typeof documents)['\n  mutation SetConsents($input: SetConsentsInput!) {\n    setConsents(input: $input) {\n      purpose\n      granted\n      answered\n      changedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyDataExports {\n    myDataExports {\n      id\n      status\n      progress\n      requestedAt\n      expiresAt\n      expired\n      downloadUrl\n    }\n  }\n',
): (typeof documents)['\n  query MyDataExports {\n    myDataExports {\n      id\n      status\n      progress\n      requestedAt\n      expiresAt\n      expired\n      downloadUrl\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RequestDataExport {\n    requestDataExport {\n      id\n      status\n      progress\n      requestedAt\n      expiresAt\n      expired\n      downloadUrl\n    }\n  }\n',
): (typeof documents)['\n  mutation RequestDataExport {\n    requestDataExport {\n      id\n      status\n      progress\n      requestedAt\n      expiresAt\n      expired\n      downloadUrl\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyErasureRequest {\n    myErasureRequest {\n      id\n      status\n      requestedAt\n    }\n  }\n',
): (typeof documents)['\n  query MyErasureRequest {\n    myErasureRequest {\n      id\n      status\n      requestedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RequestErasure {\n    requestErasure {\n      id\n      status\n      requestedAt\n    }\n  }\n',
): (typeof documents)['\n  mutation RequestErasure {\n    requestErasure {\n      id\n      status\n      requestedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ErasureRequests {\n    erasureRequests {\n      id\n      status\n      requestedAt\n      personName\n      holds {\n        certificates\n        attendance\n        sharedSubmissions\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ErasureRequests {\n    erasureRequests {\n      id\n      status\n      requestedAt\n      personName\n      holds {\n        certificates\n        attendance\n        sharedSubmissions\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ConfirmErasure($id: ID!) {\n    confirmErasure(id: $id) {\n      id\n      status\n      personName\n    }\n  }\n',
): (typeof documents)['\n  mutation ConfirmErasure($id: ID!) {\n    confirmErasure(id: $id) {\n      id\n      status\n      personName\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation OpenAssessmentRound($input: OpenAssessmentRoundInput!) {\n    openAssessmentRound(input: $input) {\n      ...AssessmentRoundFields\n    }\n  }\n',
): (typeof documents)['\n  mutation OpenAssessmentRound($input: OpenAssessmentRoundInput!) {\n    openAssessmentRound(input: $input) {\n      ...AssessmentRoundFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateAssessmentRound($input: UpdateAssessmentRoundInput!) {\n    updateAssessmentRound(input: $input) {\n      ...AssessmentRoundFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateAssessmentRound($input: UpdateAssessmentRoundInput!) {\n    updateAssessmentRound(input: $input) {\n      ...AssessmentRoundFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query EditionRounds {\n    whereWeAreNow {\n      edition {\n        id\n        name\n      }\n    }\n    assessmentRounds {\n      ...AssessmentRoundFields\n    }\n  }\n',
): (typeof documents)['\n  query EditionRounds {\n    whereWeAreNow {\n      edition {\n        id\n        name\n      }\n    }\n    assessmentRounds {\n      ...AssessmentRoundFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AssessmentRoundFields on AssessmentRound {\n    id\n    kind\n    moduleNumber\n    opensAt\n    closesAt\n    isOpen\n    profileVersion\n  }\n',
): (typeof documents)['\n  fragment AssessmentRoundFields on AssessmentRound {\n    id\n    kind\n    moduleNumber\n    opensAt\n    closesAt\n    isOpen\n    profileVersion\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SelfAssessmentFields on SelfAssessment {\n    id\n    status\n    submittedAt\n    updatedAt\n    sharedWithPartner\n    isMine\n    ownerName\n    canEdit\n    round {\n      ...AssessmentRoundFields\n    }\n    ratings {\n      competence {\n        id\n        code\n        areaCode\n      }\n      level\n      evidence\n    }\n  }\n',
): (typeof documents)['\n  fragment SelfAssessmentFields on SelfAssessment {\n    id\n    status\n    submittedAt\n    updatedAt\n    sharedWithPartner\n    isMine\n    ownerName\n    canEdit\n    round {\n      ...AssessmentRoundFields\n    }\n    ratings {\n      competence {\n        id\n        code\n        areaCode\n      }\n      level\n      evidence\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MySelfAssessments {\n    assessmentRounds {\n      ...AssessmentRoundFields\n    }\n    mySelfAssessments {\n      ...SelfAssessmentFields\n    }\n  }\n',
): (typeof documents)['\n  query MySelfAssessments {\n    assessmentRounds {\n      ...AssessmentRoundFields\n    }\n    mySelfAssessments {\n      ...SelfAssessmentFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SelfAssessment($id: ID!) {\n    selfAssessment(id: $id) {\n      ...SelfAssessmentFields\n    }\n  }\n',
): (typeof documents)['\n  query SelfAssessment($id: ID!) {\n    selfAssessment(id: $id) {\n      ...SelfAssessmentFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SaveSelfAssessment($input: SaveSelfAssessmentInput!) {\n    saveSelfAssessment(input: $input) {\n      ...SelfAssessmentFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SaveSelfAssessment($input: SaveSelfAssessmentInput!) {\n    saveSelfAssessment(input: $input) {\n      ...SelfAssessmentFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SubmitSelfAssessment($input: SubmitSelfAssessmentInput!) {\n    submitSelfAssessment(input: $input) {\n      ...SelfAssessmentFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SubmitSelfAssessment($input: SubmitSelfAssessmentInput!) {\n    submitSelfAssessment(input: $input) {\n      ...SelfAssessmentFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ShareSelfAssessment($input: ShareSelfAssessmentInput!) {\n    shareSelfAssessment(input: $input) {\n      ...SelfAssessmentFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ShareSelfAssessment($input: ShareSelfAssessmentInput!) {\n    shareSelfAssessment(input: $input) {\n      ...SelfAssessmentFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TandemComparison {\n    tandemComparison {\n      round {\n        ...AssessmentRoundFields\n      }\n      schoolTutorName\n      companyTutorName\n      mineShared\n      partnerShared\n      rows {\n        competence {\n          id\n          code\n          title\n        }\n        schoolLevel\n        companyLevel\n        difference\n      }\n    }\n  }\n',
): (typeof documents)['\n  query TandemComparison {\n    tandemComparison {\n      round {\n        ...AssessmentRoundFields\n      }\n      schoolTutorName\n      companyTutorName\n      mineShared\n      partnerShared\n      rows {\n        competence {\n          id\n          code\n          title\n        }\n        schoolLevel\n        companyLevel\n        difference\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SessionPerson on Person {\n    id\n    displayName\n    givenName\n    familyName\n    email\n    preferredLanguage\n    timeZone\n    roles {\n      id\n      role\n      scopeKind\n      countryCode\n      organisation {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment SessionPerson on Person {\n    id\n    displayName\n    givenName\n    familyName\n    email\n    preferredLanguage\n    timeZone\n    roles {\n      id\n      role\n      scopeKind\n      countryCode\n      organisation {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Me {\n    me {\n      ...SessionPerson\n    }\n  }\n',
): (typeof documents)['\n  query Me {\n    me {\n      ...SessionPerson\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionPerson\n    }\n  }\n',
): (typeof documents)['\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionPerson\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Logout {\n    logout\n  }\n',
): (typeof documents)['\n  mutation Logout {\n    logout\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment MobilityFields on Mobility {\n    id\n    kind\n    person {\n      id\n      name\n    }\n    learnerCount\n    fromOrganisation {\n      id\n      name\n      country\n    }\n    hostOrganisation\n    hostCountry\n    startsOn\n    endsOn\n    durationDays\n    learningOutcomes\n    outcome\n    hostOfferRequestId\n    canEdit\n    agreements {\n      id\n      version\n      fileName\n      contentType\n      sizeBytes\n      uploadedBy\n      uploadedAt\n      downloadUrl\n    }\n  }\n',
): (typeof documents)['\n  fragment MobilityFields on Mobility {\n    id\n    kind\n    person {\n      id\n      name\n    }\n    learnerCount\n    fromOrganisation {\n      id\n      name\n      country\n    }\n    hostOrganisation\n    hostCountry\n    startsOn\n    endsOn\n    durationDays\n    learningOutcomes\n    outcome\n    hostOfferRequestId\n    canEdit\n    agreements {\n      id\n      version\n      fileName\n      contentType\n      sizeBytes\n      uploadedBy\n      uploadedAt\n      downloadUrl\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Mobilities($filter: MobilityFilter, $first: Int, $after: String) {\n    mobilities(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...MobilityFields\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Mobilities($filter: MobilityFilter, $first: Int, $after: String) {\n    mobilities(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...MobilityFields\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Mobility($id: ID!) {\n    mobility(id: $id) {\n      ...MobilityFields\n    }\n  }\n',
): (typeof documents)['\n  query Mobility($id: ID!) {\n    mobility(id: $id) {\n      ...MobilityFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MobilityOrganisations {\n    mobilityOrganisations {\n      id\n      name\n      country\n    }\n  }\n',
): (typeof documents)['\n  query MobilityOrganisations {\n    mobilityOrganisations {\n      id\n      name\n      country\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MobilityParticipants($organisationId: ID!) {\n    mobilityParticipants(organisationId: $organisationId) {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  query MobilityParticipants($organisationId: ID!) {\n    mobilityParticipants(organisationId: $organisationId) {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordMobility($input: MobilityInput!) {\n    recordMobility(input: $input) {\n      ...MobilityFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordMobility($input: MobilityInput!) {\n    recordMobility(input: $input) {\n      ...MobilityFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateMobility($id: ID!, $input: MobilityInput!) {\n    updateMobility(id: $id, input: $input) {\n      ...MobilityFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateMobility($id: ID!, $input: MobilityInput!) {\n    updateMobility(id: $id, input: $input) {\n      ...MobilityFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment HostOfferFields on HostOffer {\n    id\n    organisation {\n      id\n      name\n      country\n    }\n    kind\n    hostOrganisation\n    hostCountry\n    sector\n    description\n    places\n    placesAccepted\n    availableFrom\n    availableUntil\n    languages\n    canManage\n    requests {\n      id\n      offerId\n      organisation {\n        id\n        name\n        country\n      }\n      places\n      message\n      status\n      requestedBy\n      createdAt\n      decidedAt\n      decisionNote\n      mobilityId\n      canRecordMobility\n    }\n  }\n',
): (typeof documents)['\n  fragment HostOfferFields on HostOffer {\n    id\n    organisation {\n      id\n      name\n      country\n    }\n    kind\n    hostOrganisation\n    hostCountry\n    sector\n    description\n    places\n    placesAccepted\n    availableFrom\n    availableUntil\n    languages\n    canManage\n    requests {\n      id\n      offerId\n      organisation {\n        id\n        name\n        country\n      }\n      places\n      message\n      status\n      requestedBy\n      createdAt\n      decidedAt\n      decisionNote\n      mobilityId\n      canRecordMobility\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query HostOffers($mine: Boolean) {\n    hostOffers(mine: $mine) {\n      ...HostOfferFields\n    }\n  }\n',
): (typeof documents)['\n  query HostOffers($mine: Boolean) {\n    hostOffers(mine: $mine) {\n      ...HostOfferFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query HostOffer($id: ID!) {\n    hostOffer(id: $id) {\n      ...HostOfferFields\n    }\n  }\n',
): (typeof documents)['\n  query HostOffer($id: ID!) {\n    hostOffer(id: $id) {\n      ...HostOfferFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query HostOfferOrganisations($offering: Boolean!) {\n    hostOfferOrganisations(offering: $offering) {\n      id\n      name\n      country\n    }\n  }\n',
): (typeof documents)['\n  query HostOfferOrganisations($offering: Boolean!) {\n    hostOfferOrganisations(offering: $offering) {\n      id\n      name\n      country\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation OfferHostPlacements($input: HostOfferInput!) {\n    offerHostPlacements(input: $input) {\n      ...HostOfferFields\n    }\n  }\n',
): (typeof documents)['\n  mutation OfferHostPlacements($input: HostOfferInput!) {\n    offerHostPlacements(input: $input) {\n      ...HostOfferFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AskForHostPlaces($input: AskForHostPlacesInput!) {\n    askForHostPlaces(input: $input) {\n      ...HostOfferFields\n    }\n  }\n',
): (typeof documents)['\n  mutation AskForHostPlaces($input: AskForHostPlacesInput!) {\n    askForHostPlaces(input: $input) {\n      ...HostOfferFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DecideHostOfferRequest($id: ID!, $accept: Boolean!, $note: String) {\n    decideHostOfferRequest(id: $id, accept: $accept, note: $note) {\n      ...HostOfferFields\n    }\n  }\n',
): (typeof documents)['\n  mutation DecideHostOfferRequest($id: ID!, $accept: Boolean!, $note: String) {\n    decideHostOfferRequest(id: $id, accept: $accept, note: $note) {\n      ...HostOfferFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MobilityHistory($id: ID!) {\n    mobilityHistory(id: $id) {\n      occurredAt\n      operation\n      actor\n    }\n  }\n',
): (typeof documents)['\n  query MobilityHistory($id: ID!) {\n    mobilityHistory(id: $id) {\n      occurredAt\n      operation\n      actor\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment StudyVisitFields on StudyVisit {\n    id\n    title\n    hostCountry\n    hostOrganisations\n    startsOn\n    endsOn\n    description\n    organisedByCountry\n    canEdit\n    budget {\n      label\n      amount\n    }\n    budgetTotal\n    myStatus\n    reportSummary\n    reportPublishedAt\n    participants {\n      status\n      whatISaw\n      whatIWillTransfer\n      person {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment StudyVisitFields on StudyVisit {\n    id\n    title\n    hostCountry\n    hostOrganisations\n    startsOn\n    endsOn\n    description\n    organisedByCountry\n    canEdit\n    budget {\n      label\n      amount\n    }\n    budgetTotal\n    myStatus\n    reportSummary\n    reportPublishedAt\n    participants {\n      status\n      whatISaw\n      whatIWillTransfer\n      person {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StudyVisits {\n    studyVisits {\n      ...StudyVisitFields\n    }\n  }\n',
): (typeof documents)['\n  query StudyVisits {\n    studyVisits {\n      ...StudyVisitFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment StudyVisitPlan on StudyVisit {\n    ...StudyVisitFields\n    agenda {\n      day\n      time\n      title\n      place\n    }\n  }\n',
): (typeof documents)['\n  fragment StudyVisitPlan on StudyVisit {\n    ...StudyVisitFields\n    agenda {\n      day\n      time\n      title\n      place\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StudyVisit($id: ID!) {\n    studyVisit(id: $id) {\n      ...StudyVisitPlan\n    }\n  }\n',
): (typeof documents)['\n  query StudyVisit($id: ID!) {\n    studyVisit(id: $id) {\n      ...StudyVisitPlan\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MobilityCounts {\n    mobilityCounts {\n      kind\n      fromCountry\n      hostCountry\n      year\n      mobilities\n      learners\n    }\n  }\n',
): (typeof documents)['\n  query MobilityCounts {\n    mobilityCounts {\n      kind\n      fromCountry\n      hostCountry\n      year\n      mobilities\n      learners\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ApplyToStudyVisit($id: ID!) {\n    applyToStudyVisit(id: $id) {\n      ...StudyVisitFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ApplyToStudyVisit($id: ID!) {\n    applyToStudyVisit(id: $id) {\n      ...StudyVisitFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetStudyVisitParticipantStatus($id: ID!, $personId: ID!, $status: StudyVisitParticipantStatus!) {\n    setStudyVisitParticipantStatus(id: $id, personId: $personId, status: $status) {\n      ...StudyVisitFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SetStudyVisitParticipantStatus($id: ID!, $personId: ID!, $status: StudyVisitParticipantStatus!) {\n    setStudyVisitParticipantStatus(id: $id, personId: $personId, status: $status) {\n      ...StudyVisitFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ContributeToStudyVisitReport($id: ID!, $whatISaw: String, $whatIWillTransfer: String) {\n    contributeToStudyVisitReport(id: $id, whatISaw: $whatISaw, whatIWillTransfer: $whatIWillTransfer) {\n      ...StudyVisitFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ContributeToStudyVisitReport($id: ID!, $whatISaw: String, $whatIWillTransfer: String) {\n    contributeToStudyVisitReport(id: $id, whatISaw: $whatISaw, whatIWillTransfer: $whatIWillTransfer) {\n      ...StudyVisitFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateStudyVisit($input: StudyVisitInput!) {\n    createStudyVisit(input: $input) {\n      ...StudyVisitPlan\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateStudyVisit($input: StudyVisitInput!) {\n    createStudyVisit(input: $input) {\n      ...StudyVisitPlan\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateStudyVisit($id: ID!, $input: StudyVisitInput!) {\n    updateStudyVisit(id: $id, input: $input) {\n      ...StudyVisitPlan\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateStudyVisit($id: ID!, $input: StudyVisitInput!) {\n    updateStudyVisit(id: $id, input: $input) {\n      ...StudyVisitPlan\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SurveyByLink($token: String!, $language: String) {\n    surveyByLink(token: $token, language: $language) {\n      kind\n      mode\n      status\n      title\n      closesAt\n      language\n      intro\n      thankYou\n      textsMayBeQuoted\n      questions {\n        ...AnsweredQuestionFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SurveyByLink($token: String!, $language: String) {\n    surveyByLink(token: $token, language: $language) {\n      kind\n      mode\n      status\n      title\n      closesAt\n      language\n      intro\n      thankYou\n      textsMayBeQuoted\n      questions {\n        ...AnsweredQuestionFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SubmitSurveyByLink($input: SubmitSurveyByLinkInput!) {\n    submitSurveyByLink(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation SubmitSurveyByLink($input: SubmitSurveyByLinkInput!) {\n    submitSurveyByLink(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SurveyInvitationCounts($surveyId: ID!) {\n    surveyInvitationCounts(surveyId: $surveyId) {\n      countryCode\n      stakeholderGroup\n      invitedCount\n      answeredCount\n    }\n  }\n',
): (typeof documents)['\n  query SurveyInvitationCounts($surveyId: ID!) {\n    surveyInvitationCounts(surveyId: $surveyId) {\n      countryCode\n      stakeholderGroup\n      invitedCount\n      answeredCount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation InviteSurveyStakeholders($input: InviteSurveyStakeholdersInput!) {\n    inviteSurveyStakeholders(input: $input) {\n      checkedCount\n      invitedCount\n    }\n  }\n',
): (typeof documents)['\n  mutation InviteSurveyStakeholders($input: InviteSurveyStakeholdersInput!) {\n    inviteSurveyStakeholders(input: $input) {\n      checkedCount\n      invitedCount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemindSurveyStakeholders($input: RemindSurveyStakeholdersInput!) {\n    remindSurveyStakeholders(input: $input)\n  }\n',
): (typeof documents)['\n  mutation RemindSurveyStakeholders($input: RemindSurveyStakeholdersInput!) {\n    remindSurveyStakeholders(input: $input)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SurveyTemplates {\n    surveyTemplates {\n      id\n      key\n      kind\n      title\n      questionCount\n      missingLanguages\n      updatedAt\n    }\n  }\n',
): (typeof documents)['\n  query SurveyTemplates {\n    surveyTemplates {\n      id\n      key\n      kind\n      title\n      questionCount\n      missingLanguages\n      updatedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AnsweredQuestionFields on SurveyQuestion {\n    id\n    code\n    position\n    type\n    text\n    required\n    notApplicable\n    allowOther\n    long\n    showIfQuestionId\n    showIfValue\n    options {\n      code\n      text\n    }\n  }\n',
): (typeof documents)['\n  fragment AnsweredQuestionFields on SurveyQuestion {\n    id\n    code\n    position\n    type\n    text\n    required\n    notApplicable\n    allowOther\n    long\n    showIfQuestionId\n    showIfValue\n    options {\n      code\n      text\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SurveySummaryFields on Survey {\n    id\n    kind\n    mode\n    status\n    title\n    opensAt\n    closesAt\n    sessionId\n    sessionStartsAt\n    moduleCode\n    moduleTitle\n    countryCode\n  }\n',
): (typeof documents)['\n  fragment SurveySummaryFields on Survey {\n    id\n    kind\n    mode\n    status\n    title\n    opensAt\n    closesAt\n    sessionId\n    sessionStartsAt\n    moduleCode\n    moduleTitle\n    countryCode\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MySurveys {\n    mySurveys {\n      status\n      survey {\n        ...SurveySummaryFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MySurveys {\n    mySurveys {\n      status\n      survey {\n        ...SurveySummaryFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Survey($id: ID!) {\n    survey(id: $id) {\n      ...SurveySummaryFields\n      intro\n      thankYou\n      textsMayBeQuoted\n      allowEditUntilClose\n      hasResponses\n      questions {\n        ...AnsweredQuestionFields\n        byTrainer\n        translations {\n          language\n          text\n        }\n        optionTranslations {\n          language\n          text\n        }\n      }\n      canAddOwnQuestions\n    }\n  }\n',
): (typeof documents)['\n  query Survey($id: ID!) {\n    survey(id: $id) {\n      ...SurveySummaryFields\n      intro\n      thankYou\n      textsMayBeQuoted\n      allowEditUntilClose\n      hasResponses\n      questions {\n        ...AnsweredQuestionFields\n        byTrainer\n        translations {\n          language\n          text\n        }\n        optionTranslations {\n          language\n          text\n        }\n      }\n      canAddOwnQuestions\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SubmitSurveyResponse($input: SubmitSurveyResponseInput!) {\n    submitSurveyResponse(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation SubmitSurveyResponse($input: SubmitSurveyResponseInput!) {\n    submitSurveyResponse(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Surveys {\n    surveys {\n      ...SurveySummaryFields\n      hasResponses\n    }\n  }\n',
): (typeof documents)['\n  query Surveys {\n    surveys {\n      ...SurveySummaryFields\n      hasResponses\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SurveyResults($surveyId: ID!, $countryCode: String, $side: String) {\n    surveyResults(surveyId: $surveyId, countryCode: $countryCode, side: $side) {\n      surveyId\n      countryCode\n      side\n      countryCodes\n      suppressed\n      responseCount\n      invitedCount\n      responseRate\n      minGroupSize\n      questions {\n        id\n        code\n        type\n        text\n        byTrainer\n        suppressed\n        count\n        notApplicableCount\n        mean\n        median\n        shareHigh\n        shareLow\n        texts\n        distribution {\n          value\n          label\n          count\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SurveyResults($surveyId: ID!, $countryCode: String, $side: String) {\n    surveyResults(surveyId: $surveyId, countryCode: $countryCode, side: $side) {\n      surveyId\n      countryCode\n      side\n      countryCodes\n      suppressed\n      responseCount\n      invitedCount\n      responseRate\n      minGroupSize\n      questions {\n        id\n        code\n        type\n        text\n        byTrainer\n        suppressed\n        count\n        notApplicableCount\n        mean\n        median\n        shareHigh\n        shareLow\n        texts\n        distribution {\n          value\n          label\n          count\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemindSurvey($input: SurveyIdInput!) {\n    remindSurvey(input: $input)\n  }\n',
): (typeof documents)['\n  mutation RemindSurvey($input: SurveyIdInput!) {\n    remindSurvey(input: $input)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MySurveyDraft($surveyId: ID!) {\n    mySurveyDraft(surveyId: $surveyId) {\n      surveyId\n      submitted\n      editable\n      answers {\n        questionId\n        value\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MySurveyDraft($surveyId: ID!) {\n    mySurveyDraft(surveyId: $surveyId) {\n      surveyId\n      submitted\n      editable\n      answers {\n        questionId\n        value\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SaveSurveyDraft($input: SaveSurveyDraftInput!) {\n    saveSurveyDraft(input: $input) {\n      surveyId\n    }\n  }\n',
): (typeof documents)['\n  mutation SaveSurveyDraft($input: SaveSurveyDraftInput!) {\n    saveSurveyDraft(input: $input) {\n      surveyId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateSurveyResponse($input: SubmitSurveyResponseInput!) {\n    updateSurveyResponse(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateSurveyResponse($input: SubmitSurveyResponseInput!) {\n    updateSurveyResponse(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetSurveyEditing($input: SetSurveyEditingInput!) {\n    setSurveyEditing(input: $input) {\n      id\n      allowEditUntilClose\n    }\n  }\n',
): (typeof documents)['\n  mutation SetSurveyEditing($input: SetSurveyEditingInput!) {\n    setSurveyEditing(input: $input) {\n      id\n      allowEditUntilClose\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddTrainerQuestion($input: AddTrainerQuestionInput!) {\n    addSurveyTrainerQuestion(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation AddTrainerQuestion($input: AddTrainerQuestionInput!) {\n    addSurveyTrainerQuestion(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateTrainerQuestion($input: UpdateTrainerQuestionInput!) {\n    updateSurveyTrainerQuestion(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateTrainerQuestion($input: UpdateTrainerQuestionInput!) {\n    updateSurveyTrainerQuestion(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveTrainerQuestion($input: RemoveTrainerQuestionInput!) {\n    removeSurveyTrainerQuestion(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation RemoveTrainerQuestion($input: RemoveTrainerQuestionInput!) {\n    removeSurveyTrainerQuestion(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SurveyQuestionComparison(\n    $surveyId: ID!\n    $questionCode: String!\n    $by: SurveyComparisonBy!\n    $countryCode: String\n    $side: String\n    $responseLanguage: String\n    $trainerId: ID\n  ) {\n    surveyQuestionComparison(\n      surveyId: $surveyId\n      questionCode: $questionCode\n      by: $by\n      countryCode: $countryCode\n      side: $side\n      responseLanguage: $responseLanguage\n      trainerId: $trainerId\n    ) {\n      surveyId\n      questionCode\n      type\n      text\n      by\n      countryCode\n      side\n      responseLanguage\n      trainerId\n      trainers {\n        id\n        name\n      }\n      moduleCode\n      minGroupSize\n      totalCount\n      groups {\n        key\n        label\n        surveyId\n        sessionStartsAt\n        countryCode\n        moduleVersion\n        suppressed\n        count\n        mean\n        notApplicableCount\n        distribution {\n          value\n          label\n          count\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SurveyQuestionComparison(\n    $surveyId: ID!\n    $questionCode: String!\n    $by: SurveyComparisonBy!\n    $countryCode: String\n    $side: String\n    $responseLanguage: String\n    $trainerId: ID\n  ) {\n    surveyQuestionComparison(\n      surveyId: $surveyId\n      questionCode: $questionCode\n      by: $by\n      countryCode: $countryCode\n      side: $side\n      responseLanguage: $responseLanguage\n      trainerId: $trainerId\n    ) {\n      surveyId\n      questionCode\n      type\n      text\n      by\n      countryCode\n      side\n      responseLanguage\n      trainerId\n      trainers {\n        id\n        name\n      }\n      moduleCode\n      minGroupSize\n      totalCount\n      groups {\n        key\n        label\n        surveyId\n        sessionStartsAt\n        countryCode\n        moduleVersion\n        suppressed\n        count\n        mean\n        notApplicableCount\n        distribution {\n          value\n          label\n          count\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SessionFeedbackLink($sessionId: ID!) {\n    sessionFeedbackLink(sessionId: $sessionId) {\n      surveyId\n      path\n      closesAt\n    }\n  }\n',
): (typeof documents)['\n  query SessionFeedbackLink($sessionId: ID!) {\n    sessionFeedbackLink(sessionId: $sessionId) {\n      surveyId\n      path\n      closesAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TandemTutor on Tutor {\n    id\n    displayName\n    side\n    email\n    occupationField\n    organisation {\n      id\n      name\n      city\n      country\n    }\n  }\n',
): (typeof documents)['\n  fragment TandemTutor on Tutor {\n    id\n    displayName\n    side\n    email\n    occupationField\n    organisation {\n      id\n      name\n      city\n      country\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TandemFields on Tandem {\n    id\n    editionId\n    status\n    byInvitation\n    crossBorder\n    canDissolve\n    canRespond\n    createdAt\n    activatedAt\n    formedByName\n    schoolTutor {\n      ...TandemTutor\n    }\n    companyTutor {\n      ...TandemTutor\n    }\n  }\n',
): (typeof documents)['\n  fragment TandemFields on Tandem {\n    id\n    editionId\n    status\n    byInvitation\n    crossBorder\n    canDissolve\n    canRespond\n    createdAt\n    activatedAt\n    formedByName\n    schoolTutor {\n      ...TandemTutor\n    }\n    companyTutor {\n      ...TandemTutor\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyTandem {\n    myTandem {\n      ...TandemFields\n    }\n  }\n',
): (typeof documents)['\n  query MyTandem {\n    myTandem {\n      ...TandemFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TandemListItem on Tandem {\n    id\n    status\n    canDissolve\n    createdAt\n    schoolTutor {\n      id\n      displayName\n      organisation {\n        id\n        name\n      }\n    }\n    companyTutor {\n      id\n      displayName\n      organisation {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment TandemListItem on Tandem {\n    id\n    status\n    canDissolve\n    createdAt\n    schoolTutor {\n      id\n      displayName\n      organisation {\n        id\n        name\n      }\n    }\n    companyTutor {\n      id\n      displayName\n      organisation {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Tandems($country: String, $status: TandemStatus, $first: Int!, $after: String) {\n    tandems(country: $country, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...TandemListItem\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Tandems($country: String, $status: TandemStatus, $first: Int!, $after: String) {\n    tandems(country: $country, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...TandemListItem\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query UnpairedTutors($countryCode: String!) {\n    unpairedTutors(countryCode: $countryCode) {\n      tutor {\n        id\n        displayName\n        side\n        organisation {\n          id\n          name\n          city\n        }\n      }\n      suggestions {\n        reason\n        tutor {\n          id\n          displayName\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query UnpairedTutors($countryCode: String!) {\n    unpairedTutors(countryCode: $countryCode) {\n      tutor {\n        id\n        displayName\n        side\n        organisation {\n          id\n          name\n          city\n        }\n      }\n      suggestions {\n        reason\n        tutor {\n          id\n          displayName\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation FormTandem($input: FormTandemInput!) {\n    formTandem(input: $input) {\n      ...TandemFields\n    }\n  }\n',
): (typeof documents)['\n  mutation FormTandem($input: FormTandemInput!) {\n    formTandem(input: $input) {\n      ...TandemFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RespondToTandemInvitation($input: RespondToTandemInvitationInput!) {\n    respondToTandemInvitation(input: $input) {\n      ...TandemFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RespondToTandemInvitation($input: RespondToTandemInvitationInput!) {\n    respondToTandemInvitation(input: $input) {\n      ...TandemFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DissolveTandem($input: DissolveTandemInput!) {\n    dissolveTandem(input: $input) {\n      ...TandemFields\n      dissolvedAt\n      dissolutionKind\n    }\n  }\n',
): (typeof documents)['\n  mutation DissolveTandem($input: DissolveTandemInput!) {\n    dissolveTandem(input: $input) {\n      ...TandemFields\n      dissolvedAt\n      dissolutionKind\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyPartnerCandidates {\n    myPartnerCandidates {\n      reason\n      tutor {\n        ...TandemTutor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MyPartnerCandidates {\n    myPartnerCandidates {\n      reason\n      tutor {\n        ...TandemTutor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation InviteTandemPartner($input: InviteTandemPartnerInput!) {\n    inviteTandemPartner(input: $input) {\n      ...TandemFields\n    }\n  }\n',
): (typeof documents)['\n  mutation InviteTandemPartner($input: InviteTandemPartnerInput!) {\n    inviteTandemPartner(input: $input) {\n      ...TandemFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyProposals {\n    myProposals {\n      id\n      kind\n      targetId\n      resourceKind\n      title\n      language\n      status\n      decision\n      reason\n      reviewerName\n      decidedAt\n      proposedAt\n    }\n  }\n',
): (typeof documents)['\n  query MyProposals {\n    myProposals {\n      id\n      kind\n      targetId\n      resourceKind\n      title\n      language\n      status\n      decision\n      reason\n      reviewerName\n      decidedAt\n      proposedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ResourceSummary on Resource {\n    id\n    kind\n    status\n    title\n    summary\n    shownLanguage\n    languages\n    audience\n    countryCode\n    downloadCount\n    createdAt\n    reviewReason\n    canReview\n  }\n',
): (typeof documents)['\n  fragment ResourceSummary on Resource {\n    id\n    kind\n    status\n    title\n    summary\n    shownLanguage\n    languages\n    audience\n    countryCode\n    downloadCount\n    createdAt\n    reviewReason\n    canReview\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Resources($filter: ResourceFilter, $sort: ResourceSort!, $first: Int!, $after: String) {\n    resources(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...ResourceSummary\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Resources($filter: ResourceFilter, $sort: ResourceSort!, $first: Int!, $after: String) {\n    resources(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...ResourceSummary\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Resource($id: ID!) {\n    resource(id: $id) {\n      ...ResourceSummary\n      licence\n      source\n      author\n      parentId\n      position\n      titles {\n        language\n        text\n      }\n      content {\n        id\n        language\n        version\n        body\n        url\n        createdAt\n      }\n      versions {\n        id\n        language\n        version\n        body\n        url\n        createdAt\n      }\n      items {\n        id\n        kind\n        position\n        title\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Resource($id: ID!) {\n    resource(id: $id) {\n      ...ResourceSummary\n      licence\n      source\n      author\n      parentId\n      position\n      titles {\n        language\n        text\n      }\n      content {\n        id\n        language\n        version\n        body\n        url\n        createdAt\n      }\n      versions {\n        id\n        language\n        version\n        body\n        url\n        createdAt\n      }\n      items {\n        id\n        kind\n        position\n        title\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordResourceDownload($id: ID!) {\n    recordResourceDownload(id: $id)\n  }\n',
): (typeof documents)['\n  mutation RecordResourceDownload($id: ID!) {\n    recordResourceDownload(id: $id)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ProposeResource($input: ProposeResourceInput!) {\n    proposeResource(input: $input) {\n      ...ResourceSummary\n    }\n  }\n',
): (typeof documents)['\n  mutation ProposeResource($input: ProposeResourceInput!) {\n    proposeResource(input: $input) {\n      ...ResourceSummary\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReviewResource($id: ID!, $decision: ResourceDecision!, $reason: String) {\n    reviewResource(id: $id, decision: $decision, reason: $reason) {\n      ...ResourceSummary\n    }\n  }\n',
): (typeof documents)['\n  mutation ReviewResource($id: ID!, $decision: ResourceDecision!, $reason: String) {\n    reviewResource(id: $id, decision: $decision, reason: $reason) {\n      ...ResourceSummary\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ToolboxFilterOptions {\n    competenceProfile {\n      id\n      areas {\n        id\n        competences {\n          id\n          code\n          title\n        }\n      }\n    }\n    modules {\n      id\n      versionId\n      language\n      code\n      title\n    }\n  }\n',
): (typeof documents)['\n  query ToolboxFilterOptions {\n    competenceProfile {\n      id\n      areas {\n        id\n        competences {\n          id\n          code\n          title\n        }\n      }\n    }\n    modules {\n      id\n      versionId\n      language\n      code\n      title\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SuggestedResources($moduleId: ID, $first: Int) {\n    suggestedResources(moduleId: $moduleId, first: $first) {\n      resource {\n        id\n        kind\n        title\n        shownLanguage\n      }\n      reasons {\n        competenceId\n        code\n        title\n        level\n        scaleLevels\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SuggestedResources($moduleId: ID, $first: Int) {\n    suggestedResources(moduleId: $moduleId, first: $first) {\n      resource {\n        id\n        kind\n        title\n        shownLanguage\n      }\n      reasons {\n        competenceId\n        code\n        title\n        level\n        scaleLevels\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TrainingSessionFields on TrainingSession {\n    id\n    moduleId\n    moduleCode\n    moduleTitle\n    moduleKind\n    jointNumber\n    countryCode\n    startsAt\n    endsAt\n    timeZone\n    localStartsAt\n    localEndsAt\n    localEnrolmentDeadline\n    enrolmentDeadline\n    hours\n    capacity\n    seatsTaken\n    seatsLeft\n    waitlistCount\n    status\n    cancelReason\n    venue\n    onlineUrl\n    language\n    allowSingles\n    trainers {\n      id\n      name\n    }\n    myEnrolmentId\n    myEnrolmentStatus\n    myAttendance\n    canEdit\n    canKeepRoster\n  }\n',
): (typeof documents)['\n  fragment TrainingSessionFields on TrainingSession {\n    id\n    moduleId\n    moduleCode\n    moduleTitle\n    moduleKind\n    jointNumber\n    countryCode\n    startsAt\n    endsAt\n    timeZone\n    localStartsAt\n    localEndsAt\n    localEnrolmentDeadline\n    enrolmentDeadline\n    hours\n    capacity\n    seatsTaken\n    seatsLeft\n    waitlistCount\n    status\n    cancelReason\n    venue\n    onlineUrl\n    language\n    allowSingles\n    trainers {\n      id\n      name\n    }\n    myEnrolmentId\n    myEnrolmentStatus\n    myAttendance\n    canEdit\n    canKeepRoster\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment EnrolmentFields on Enrolment {\n    id\n    sessionId\n    tandemId\n    status\n    seats\n    waitlistPosition\n    calendarPath\n    people {\n      id\n      name\n      attendance\n    }\n  }\n',
): (typeof documents)['\n  fragment EnrolmentFields on Enrolment {\n    id\n    sessionId\n    tandemId\n    status\n    seats\n    waitlistPosition\n    calendarPath\n    people {\n      id\n      name\n      attendance\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TrainingSessions(\n    $first: Int\n    $after: String\n    $upcoming: Boolean\n    $openOnly: Boolean\n    $withSeatsLeft: Boolean\n    $moduleId: ID\n  ) {\n    trainingSessions(\n      first: $first\n      after: $after\n      upcoming: $upcoming\n      openOnly: $openOnly\n      withSeatsLeft: $withSeatsLeft\n      moduleId: $moduleId\n    ) {\n      totalCount\n      edges {\n        node {\n          ...TrainingSessionFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query TrainingSessions(\n    $first: Int\n    $after: String\n    $upcoming: Boolean\n    $openOnly: Boolean\n    $withSeatsLeft: Boolean\n    $moduleId: ID\n  ) {\n    trainingSessions(\n      first: $first\n      after: $after\n      upcoming: $upcoming\n      openOnly: $openOnly\n      withSeatsLeft: $withSeatsLeft\n      moduleId: $moduleId\n    ) {\n      totalCount\n      edges {\n        node {\n          ...TrainingSessionFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Agenda($first: Int, $after: String, $upcoming: Boolean) {\n    agenda(first: $first, after: $after, upcoming: $upcoming) {\n      totalCount\n      edges {\n        node {\n          ...TrainingSessionFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Agenda($first: Int, $after: String, $upcoming: Boolean) {\n    agenda(first: $first, after: $after, upcoming: $upcoming) {\n      totalCount\n      edges {\n        node {\n          ...TrainingSessionFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TrainingSession($id: ID!) {\n    trainingSession(id: $id) {\n      ...TrainingSessionFields\n    }\n  }\n',
): (typeof documents)['\n  query TrainingSession($id: ID!) {\n    trainingSession(id: $id) {\n      ...TrainingSessionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyEnrolments {\n    myEnrolments {\n      canCancel\n      enrolment {\n        ...EnrolmentFields\n      }\n      session {\n        ...TrainingSessionFields\n      }\n    }\n    hasCalendarFeed\n  }\n',
): (typeof documents)['\n  query MyEnrolments {\n    myEnrolments {\n      canCancel\n      enrolment {\n        ...EnrolmentFields\n      }\n      session {\n        ...TrainingSessionFields\n      }\n    }\n    hasCalendarFeed\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SessionRoster($sessionId: ID!) {\n    sessionRoster(sessionId: $sessionId) {\n      session {\n        ...TrainingSessionFields\n      }\n      enrolments {\n        ...EnrolmentFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SessionRoster($sessionId: ID!) {\n    sessionRoster(sessionId: $sessionId) {\n      session {\n        ...TrainingSessionFields\n      }\n      enrolments {\n        ...EnrolmentFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CheckInCode($sessionId: ID!) {\n    checkInCode(sessionId: $sessionId) {\n      code\n      path\n      expiresAt\n    }\n  }\n',
): (typeof documents)['\n  query CheckInCode($sessionId: ID!) {\n    checkInCode(sessionId: $sessionId) {\n      code\n      path\n      expiresAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BookSession($input: BookSessionInput!) {\n    bookSession(input: $input) {\n      ...EnrolmentFields\n    }\n  }\n',
): (typeof documents)['\n  mutation BookSession($input: BookSessionInput!) {\n    bookSession(input: $input) {\n      ...EnrolmentFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CancelEnrolment($input: CancelEnrolmentInput!) {\n    cancelEnrolment(input: $input) {\n      ...EnrolmentFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CancelEnrolment($input: CancelEnrolmentInput!) {\n    cancelEnrolment(input: $input) {\n      ...EnrolmentFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ScheduleSession($input: ScheduleSessionInput!) {\n    scheduleSession(input: $input) {\n      ...TrainingSessionFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ScheduleSession($input: ScheduleSessionInput!) {\n    scheduleSession(input: $input) {\n      ...TrainingSessionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ScheduleSessionSeries($input: ScheduleSessionSeriesInput!) {\n    scheduleSessionSeries(input: $input) {\n      ...TrainingSessionFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ScheduleSessionSeries($input: ScheduleSessionSeriesInput!) {\n    scheduleSessionSeries(input: $input) {\n      ...TrainingSessionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CancelSession($input: CancelSessionInput!) {\n    cancelSession(input: $input) {\n      ...TrainingSessionFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CancelSession($input: CancelSessionInput!) {\n    cancelSession(input: $input) {\n      ...TrainingSessionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CompleteSession($input: CompleteSessionInput!) {\n    completeSession(input: $input) {\n      ...TrainingSessionFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CompleteSession($input: CompleteSessionInput!) {\n    completeSession(input: $input) {\n      ...TrainingSessionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MarkAttendance($input: MarkAttendanceInput!) {\n    markAttendance(input: $input) {\n      enrolments {\n        ...EnrolmentFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation MarkAttendance($input: MarkAttendanceInput!) {\n    markAttendance(input: $input) {\n      enrolments {\n        ...EnrolmentFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CheckIn($input: CheckInInput!) {\n    checkIn(input: $input) {\n      ...TrainingSessionFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CheckIn($input: CheckInInput!) {\n    checkIn(input: $input) {\n      ...TrainingSessionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateCalendarFeed {\n    createCalendarFeed {\n      path\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateCalendarFeed {\n    createCalendarFeed {\n      path\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n',
): (typeof documents)['\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SchedulableModules {\n    modules {\n      id\n      versionId\n      language\n      code\n      kind\n      countryCode\n      title\n      status\n    }\n  }\n',
): (typeof documents)['\n  query SchedulableModules {\n    modules {\n      id\n      versionId\n      language\n      code\n      kind\n      countryCode\n      title\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateSession($input: UpdateSessionInput!) {\n    updateSession(input: $input) {\n      ...TrainingSessionFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateSession($input: UpdateSessionInput!) {\n    updateSession(input: $input) {\n      ...TrainingSessionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query EnrollableTandems($sessionId: ID!) {\n    enrollableTandems(sessionId: $sessionId) {\n      id\n      names\n      countryCode\n    }\n  }\n',
): (typeof documents)['\n  query EnrollableTandems($sessionId: ID!) {\n    enrollableTandems(sessionId: $sessionId) {\n      id\n      names\n      countryCode\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MoveTargets($moduleId: ID!) {\n    trainingSessions(moduleId: $moduleId, upcoming: true, first: 50) {\n      edges {\n        node {\n          id\n          status\n          startsAt\n          venue\n          seatsLeft\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MoveTargets($moduleId: ID!) {\n    trainingSessions(moduleId: $moduleId, upcoming: true, first: 50) {\n      edges {\n        node {\n          id\n          status\n          startsAt\n          venue\n          seatsLeft\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MoveEnrolment($input: MoveEnrolmentInput!) {\n    moveEnrolment(input: $input) {\n      ...EnrolmentFields\n    }\n  }\n',
): (typeof documents)['\n  mutation MoveEnrolment($input: MoveEnrolmentInput!) {\n    moveEnrolment(input: $input) {\n      ...EnrolmentFields\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
