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
  '\n  query SubmissionsToReview(\n    $status: SubmissionStatus\n    $first: Int\n    $after: String\n  ) {\n    submissionsToReview(status: $status, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          schoolTutorName\n          companyTutorName\n          countryCodes\n          submittedAt\n          late\n          canReview\n          assignment {\n            id\n            title\n            moduleCode\n            dueOn\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.SubmissionsToReviewDocument;
  '\n  query ModuleAssignments($moduleId: ID!) {\n    assignments(moduleId: $moduleId) {\n      ...TandemAssignmentFields\n    }\n  }\n': typeof types.ModuleAssignmentsDocument;
  '\n  mutation CreateAssignment($input: CreateAssignmentInput!) {\n    createAssignment(input: $input) {\n      ...TandemAssignmentFields\n    }\n  }\n': typeof types.CreateAssignmentDocument;
  '\n  mutation UpdateAssignment($input: UpdateAssignmentInput!) {\n    updateAssignment(input: $input) {\n      ...TandemAssignmentFields\n    }\n  }\n': typeof types.UpdateAssignmentDocument;
  '\n  mutation SaveSubmission($input: SaveSubmissionInput!) {\n    saveSubmission(input: $input) {\n      ...SubmissionFields\n    }\n  }\n': typeof types.SaveSubmissionDocument;
  '\n  mutation ConfirmSubmission($input: ConfirmSubmissionInput!) {\n    confirmSubmission(input: $input) {\n      ...SubmissionFields\n    }\n  }\n': typeof types.ConfirmSubmissionDocument;
  '\n  mutation RemoveSubmissionAttachment(\n    $input: RemoveSubmissionAttachmentInput!\n  ) {\n    removeSubmissionAttachment(input: $input) {\n      ...SubmissionFields\n    }\n  }\n': typeof types.RemoveSubmissionAttachmentDocument;
  '\n  mutation ReviewSubmission($input: ReviewSubmissionInput!) {\n    reviewSubmission(input: $input) {\n      ...SubmissionFields\n    }\n  }\n': typeof types.ReviewSubmissionDocument;
  '\n  query AuditEvents($first: Int!, $offset: Int!) {\n    auditEvents(first: $first, offset: $offset) {\n      total\n      items {\n        id\n        occurredAt\n        actorName\n        operation\n        targetType\n        targetId\n        summary\n      }\n    }\n  }\n': typeof types.AuditEventsDocument;
  '\n  query Editions {\n    editions {\n      id\n      name\n      programmeName\n      startsOn\n      endsOn\n      targetTrained\n      currentPhase {\n        id\n        kind\n        status\n      }\n    }\n  }\n': typeof types.EditionsDocument;
  '\n  fragment EditionCycle on Edition {\n    id\n    name\n    programmeName\n    startsOn\n    endsOn\n    targetTrained\n    timeZone\n    currentPhase {\n      id\n    }\n    phases {\n      id\n      kind\n      position\n      startsOn\n      endsOn\n      status\n    }\n  }\n': typeof types.EditionCycleFragmentDoc;
  '\n  query Edition($id: ID!) {\n    edition(id: $id) {\n      ...EditionCycle\n    }\n  }\n': typeof types.EditionDocument;
  '\n  mutation MoveCyclePhase($input: MoveCyclePhaseInput!) {\n    moveCyclePhase(input: $input) {\n      ...EditionCycle\n    }\n  }\n': typeof types.MoveCyclePhaseDocument;
  '\n  query WhereWeAreNow {\n    whereWeAreNow {\n      edition {\n        id\n        name\n      }\n      currentPhase {\n        id\n        kind\n        position\n        startsOn\n        endsOn\n        status\n      }\n      nextSteps {\n        kind\n        role\n      }\n    }\n  }\n': typeof types.WhereWeAreNowDocument;
  '\n  query TutorImportJob($id: String!) {\n    importJob(id: $id) {\n      id\n      status\n      fileName\n      totalRows\n      processedRows\n      error\n      finishedAt\n      summary {\n        new\n        updated\n        unchanged\n      }\n    }\n  }\n': typeof types.TutorImportJobDocument;
  '\n  query InvitationByToken($token: String!) {\n    invitation(token: $token) {\n      email\n      givenName\n      familyName\n      invitedBy\n      preferredLanguage\n      expiresAt\n      expired\n      used\n    }\n  }\n': typeof types.InvitationByTokenDocument;
  '\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...SessionPerson\n    }\n  }\n': typeof types.AcceptInvitationDocument;
  '\n  fragment ModuleSummary on Module {\n    id\n    versionId\n    language\n    code\n    kind\n    number\n    countryCode\n    title\n    titleIsFallback\n    contactHours\n    selfStudyHours\n    deliveryMode\n    version\n    status\n    publishedVersion\n    draftVersion\n    canEdit\n  }\n': typeof types.ModuleSummaryFragmentDoc;
  '\n  fragment ModuleDetail on Module {\n    ...ModuleSummary\n    editionId\n    summary\n    summaryIsFallback\n    learningOutcomes\n    learningOutcomesIsFallback\n    changeReason\n    publishedAt\n    lockVersion\n    texts {\n      language\n      title\n      summary\n      learningOutcomes\n    }\n    materials {\n      id\n      kind\n      title\n      url\n      downloadUrl\n      fileName\n      sizeBytes\n      contentType\n    }\n  }\n': typeof types.ModuleDetailFragmentDoc;
  '\n  query Modules($filter: ModuleFilter, $language: String) {\n    modules(filter: $filter, language: $language) {\n      ...ModuleSummary\n    }\n  }\n': typeof types.ModulesDocument;
  '\n  query Module($id: ID!, $draft: Boolean!, $language: String) {\n    module(id: $id, draft: $draft, language: $language) {\n      ...ModuleDetail\n    }\n  }\n': typeof types.ModuleDocument;
  '\n  query ModuleHistory($moduleId: ID!) {\n    moduleHistory(moduleId: $moduleId) {\n      id\n      version\n      status\n      publishedAt\n      changeReason\n      changes {\n        field\n        before\n        after\n      }\n    }\n  }\n': typeof types.ModuleHistoryDocument;
  '\n  query ModuleEditions {\n    editions {\n      id\n      name\n      languages\n      currentPhase {\n        id\n      }\n    }\n  }\n': typeof types.ModuleEditionsDocument;
  '\n  mutation SaveModuleDraft($input: SaveModuleDraftInput!) {\n    saveModuleDraft(input: $input) {\n      ...ModuleDetail\n    }\n  }\n': typeof types.SaveModuleDraftDocument;
  '\n  mutation PublishModule($input: PublishModuleInput!) {\n    publishModule(input: $input) {\n      ...ModuleDetail\n    }\n  }\n': typeof types.PublishModuleDocument;
  '\n  mutation AddModuleMaterialLink($input: AddModuleMaterialLinkInput!) {\n    addModuleMaterialLink(input: $input) {\n      ...ModuleDetail\n    }\n  }\n': typeof types.AddModuleMaterialLinkDocument;
  '\n  mutation RemoveModuleMaterial($input: RemoveModuleMaterialInput!) {\n    removeModuleMaterial(input: $input) {\n      ...ModuleDetail\n    }\n  }\n': typeof types.RemoveModuleMaterialDocument;
  '\n  mutation CreateModule($input: CreateModuleInput!) {\n    createModule(input: $input) {\n      ...ModuleSummary\n    }\n  }\n': typeof types.CreateModuleDocument;
  '\n  query NationalProgrammes($editionId: ID, $language: String) {\n    nationalProgrammes(editionId: $editionId, language: $language) {\n      id\n      countryCode\n      revision\n      status\n      inForce\n      totalHours\n      submittedAt\n      decidedAt\n    }\n  }\n': typeof types.NationalProgrammesDocument;
  '\n  fragment NationalProgrammeDetail on NationalProgramme {\n    id\n    editionId\n    countryCode\n    revision\n    status\n    inForce\n    lockVersion\n    canEdit\n    canSubmit\n    canDecide\n    createdAt\n    submittedAt\n    submittedByName\n    decidedAt\n    decidedByName\n    returnComments\n    totalContactHours\n    totalSelfStudyHours\n    totalHours\n    items {\n      moduleId\n      position\n      code\n      title\n      titleIsFallback\n      kind\n      number\n      moduleVersion\n      contactHours\n      selfStudyHours\n      totalHours\n    }\n    revisions {\n      id\n      revision\n      status\n      inForce\n      createdAt\n      submittedAt\n      decidedAt\n      decidedByName\n      returnComments\n    }\n  }\n': typeof types.NationalProgrammeDetailFragmentDoc;
  '\n  query NationalProgramme($id: ID!, $language: String) {\n    nationalProgramme(id: $id, language: $language) {\n      ...NationalProgrammeDetail\n    }\n  }\n': typeof types.NationalProgrammeDocument;
  '\n  query ProgrammeModuleChoices($editionId: ID!, $language: String) {\n    modules(filter: { editionId: $editionId }, language: $language) {\n      id\n      versionId\n      language\n      code\n      kind\n      number\n      countryCode\n      title\n      titleIsFallback\n      contactHours\n      selfStudyHours\n      publishedVersion\n    }\n  }\n': typeof types.ProgrammeModuleChoicesDocument;
  '\n  mutation SaveNationalProgramme($input: SaveNationalProgrammeInput!) {\n    saveNationalProgramme(input: $input) {\n      ...NationalProgrammeDetail\n    }\n  }\n': typeof types.SaveNationalProgrammeDocument;
  '\n  mutation SubmitNationalProgramme($id: ID!, $expectedLockVersion: Int) {\n    submitNationalProgramme(\n      id: $id\n      expectedLockVersion: $expectedLockVersion\n    ) {\n      ...NationalProgrammeDetail\n    }\n  }\n': typeof types.SubmitNationalProgrammeDocument;
  '\n  mutation ApproveNationalProgramme($id: ID!, $expectedLockVersion: Int) {\n    approveNationalProgramme(\n      id: $id\n      expectedLockVersion: $expectedLockVersion\n    ) {\n      ...NationalProgrammeDetail\n    }\n  }\n': typeof types.ApproveNationalProgrammeDocument;
  '\n  mutation ReturnNationalProgramme(\n    $id: ID!\n    $comments: String!\n    $expectedLockVersion: Int\n  ) {\n    returnNationalProgramme(\n      id: $id\n      comments: $comments\n      expectedLockVersion: $expectedLockVersion\n    ) {\n      ...NationalProgrammeDetail\n    }\n  }\n': typeof types.ReturnNationalProgrammeDocument;
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
  '\n  mutation InvitePerson($input: InvitePersonInput!) {\n    invitePerson(input: $input) {\n      id\n      displayName\n      email\n    }\n  }\n': typeof types.InvitePersonDocument;
  '\n  query InviteOrganisationChoices($country: String!) {\n    organisations(filter: { country: $country }, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          kind\n          city\n        }\n      }\n    }\n  }\n': typeof types.InviteOrganisationChoicesDocument;
  '\n  fragment SessionPerson on Person {\n    id\n    displayName\n    givenName\n    familyName\n    email\n    preferredLanguage\n    timeZone\n    roles {\n      id\n      role\n      scopeKind\n      countryCode\n      organisation {\n        id\n        name\n      }\n    }\n  }\n': typeof types.SessionPersonFragmentDoc;
  '\n  query Me {\n    me {\n      ...SessionPerson\n    }\n  }\n': typeof types.MeDocument;
  '\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionPerson\n    }\n  }\n': typeof types.LoginDocument;
  '\n  mutation Logout {\n    logout\n  }\n': typeof types.LogoutDocument;
  '\n  fragment TandemTutor on Tutor {\n    id\n    displayName\n    side\n    email\n    occupationField\n    organisation {\n      id\n      name\n      city\n      country\n    }\n  }\n': typeof types.TandemTutorFragmentDoc;
  '\n  fragment TandemFields on Tandem {\n    id\n    editionId\n    status\n    byInvitation\n    crossBorder\n    canDissolve\n    canRespond\n    createdAt\n    activatedAt\n    formedByName\n    schoolTutor {\n      ...TandemTutor\n    }\n    companyTutor {\n      ...TandemTutor\n    }\n  }\n': typeof types.TandemFieldsFragmentDoc;
  '\n  query MyTandem {\n    myTandem {\n      ...TandemFields\n    }\n  }\n': typeof types.MyTandemDocument;
  '\n  fragment TandemListItem on Tandem {\n    id\n    status\n    canDissolve\n    createdAt\n    schoolTutor {\n      id\n      displayName\n      organisation {\n        id\n        name\n      }\n    }\n    companyTutor {\n      id\n      displayName\n      organisation {\n        id\n        name\n      }\n    }\n  }\n': typeof types.TandemListItemFragmentDoc;
  '\n  query Tandems($country: String, $status: TandemStatus, $first: Int!, $after: String) {\n    tandems(country: $country, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...TandemListItem\n        }\n      }\n    }\n  }\n': typeof types.TandemsDocument;
  '\n  query UnpairedTutors($countryCode: String!) {\n    unpairedTutors(countryCode: $countryCode) {\n      tutor {\n        id\n        displayName\n        side\n        organisation {\n          id\n          name\n          city\n        }\n      }\n      suggestions {\n        reason\n        tutor {\n          id\n          displayName\n        }\n      }\n    }\n  }\n': typeof types.UnpairedTutorsDocument;
  '\n  mutation FormTandem($input: FormTandemInput!) {\n    formTandem(input: $input) {\n      ...TandemFields\n    }\n  }\n': typeof types.FormTandemDocument;
  '\n  mutation RespondToTandemInvitation($input: RespondToTandemInvitationInput!) {\n    respondToTandemInvitation(input: $input) {\n      ...TandemFields\n    }\n  }\n': typeof types.RespondToTandemInvitationDocument;
  '\n  mutation DissolveTandem($input: DissolveTandemInput!) {\n    dissolveTandem(input: $input) {\n      ...TandemFields\n      dissolvedAt\n      dissolutionKind\n    }\n  }\n': typeof types.DissolveTandemDocument;
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
  '\n  query SubmissionsToReview(\n    $status: SubmissionStatus\n    $first: Int\n    $after: String\n  ) {\n    submissionsToReview(status: $status, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          schoolTutorName\n          companyTutorName\n          countryCodes\n          submittedAt\n          late\n          canReview\n          assignment {\n            id\n            title\n            moduleCode\n            dueOn\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
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
  '\n  mutation RemoveSubmissionAttachment(\n    $input: RemoveSubmissionAttachmentInput!\n  ) {\n    removeSubmissionAttachment(input: $input) {\n      ...SubmissionFields\n    }\n  }\n':
    types.RemoveSubmissionAttachmentDocument,
  '\n  mutation ReviewSubmission($input: ReviewSubmissionInput!) {\n    reviewSubmission(input: $input) {\n      ...SubmissionFields\n    }\n  }\n':
    types.ReviewSubmissionDocument,
  '\n  query AuditEvents($first: Int!, $offset: Int!) {\n    auditEvents(first: $first, offset: $offset) {\n      total\n      items {\n        id\n        occurredAt\n        actorName\n        operation\n        targetType\n        targetId\n        summary\n      }\n    }\n  }\n':
    types.AuditEventsDocument,
  '\n  query Editions {\n    editions {\n      id\n      name\n      programmeName\n      startsOn\n      endsOn\n      targetTrained\n      currentPhase {\n        id\n        kind\n        status\n      }\n    }\n  }\n':
    types.EditionsDocument,
  '\n  fragment EditionCycle on Edition {\n    id\n    name\n    programmeName\n    startsOn\n    endsOn\n    targetTrained\n    timeZone\n    currentPhase {\n      id\n    }\n    phases {\n      id\n      kind\n      position\n      startsOn\n      endsOn\n      status\n    }\n  }\n':
    types.EditionCycleFragmentDoc,
  '\n  query Edition($id: ID!) {\n    edition(id: $id) {\n      ...EditionCycle\n    }\n  }\n':
    types.EditionDocument,
  '\n  mutation MoveCyclePhase($input: MoveCyclePhaseInput!) {\n    moveCyclePhase(input: $input) {\n      ...EditionCycle\n    }\n  }\n':
    types.MoveCyclePhaseDocument,
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
  '\n  query ModuleHistory($moduleId: ID!) {\n    moduleHistory(moduleId: $moduleId) {\n      id\n      version\n      status\n      publishedAt\n      changeReason\n      changes {\n        field\n        before\n        after\n      }\n    }\n  }\n':
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
  '\n  mutation SubmitNationalProgramme($id: ID!, $expectedLockVersion: Int) {\n    submitNationalProgramme(\n      id: $id\n      expectedLockVersion: $expectedLockVersion\n    ) {\n      ...NationalProgrammeDetail\n    }\n  }\n':
    types.SubmitNationalProgrammeDocument,
  '\n  mutation ApproveNationalProgramme($id: ID!, $expectedLockVersion: Int) {\n    approveNationalProgramme(\n      id: $id\n      expectedLockVersion: $expectedLockVersion\n    ) {\n      ...NationalProgrammeDetail\n    }\n  }\n':
    types.ApproveNationalProgrammeDocument,
  '\n  mutation ReturnNationalProgramme(\n    $id: ID!\n    $comments: String!\n    $expectedLockVersion: Int\n  ) {\n    returnNationalProgramme(\n      id: $id\n      comments: $comments\n      expectedLockVersion: $expectedLockVersion\n    ) {\n      ...NationalProgrammeDetail\n    }\n  }\n':
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
  '\n  query Countries {\n    countries {\n      code\n      programmeCountry\n    }\n  }\n':
    types.CountriesDocument,
  '\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n':
    types.UnreadNotificationCountDocument,
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
  '\n  mutation InvitePerson($input: InvitePersonInput!) {\n    invitePerson(input: $input) {\n      id\n      displayName\n      email\n    }\n  }\n':
    types.InvitePersonDocument,
  '\n  query InviteOrganisationChoices($country: String!) {\n    organisations(filter: { country: $country }, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          kind\n          city\n        }\n      }\n    }\n  }\n':
    types.InviteOrganisationChoicesDocument,
  '\n  fragment SessionPerson on Person {\n    id\n    displayName\n    givenName\n    familyName\n    email\n    preferredLanguage\n    timeZone\n    roles {\n      id\n      role\n      scopeKind\n      countryCode\n      organisation {\n        id\n        name\n      }\n    }\n  }\n':
    types.SessionPersonFragmentDoc,
  '\n  query Me {\n    me {\n      ...SessionPerson\n    }\n  }\n':
    types.MeDocument,
  '\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionPerson\n    }\n  }\n':
    types.LoginDocument,
  '\n  mutation Logout {\n    logout\n  }\n': types.LogoutDocument,
  '\n  fragment TandemTutor on Tutor {\n    id\n    displayName\n    side\n    email\n    occupationField\n    organisation {\n      id\n      name\n      city\n      country\n    }\n  }\n':
    types.TandemTutorFragmentDoc,
  '\n  fragment TandemFields on Tandem {\n    id\n    editionId\n    status\n    byInvitation\n    crossBorder\n    canDissolve\n    canRespond\n    createdAt\n    activatedAt\n    formedByName\n    schoolTutor {\n      ...TandemTutor\n    }\n    companyTutor {\n      ...TandemTutor\n    }\n  }\n':
    types.TandemFieldsFragmentDoc,
  '\n  query MyTandem {\n    myTandem {\n      ...TandemFields\n    }\n  }\n':
    types.MyTandemDocument,
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
  source: '\n  query SubmissionsToReview(\n    $status: SubmissionStatus\n    $first: Int\n    $after: String\n  ) {\n    submissionsToReview(status: $status, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          schoolTutorName\n          companyTutorName\n          countryCodes\n          submittedAt\n          late\n          canReview\n          assignment {\n            id\n            title\n            moduleCode\n            dueOn\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SubmissionsToReview(\n    $status: SubmissionStatus\n    $first: Int\n    $after: String\n  ) {\n    submissionsToReview(status: $status, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          schoolTutorName\n          companyTutorName\n          countryCodes\n          submittedAt\n          late\n          canReview\n          assignment {\n            id\n            title\n            moduleCode\n            dueOn\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
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
  source: '\n  mutation RemoveSubmissionAttachment(\n    $input: RemoveSubmissionAttachmentInput!\n  ) {\n    removeSubmissionAttachment(input: $input) {\n      ...SubmissionFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RemoveSubmissionAttachment(\n    $input: RemoveSubmissionAttachmentInput!\n  ) {\n    removeSubmissionAttachment(input: $input) {\n      ...SubmissionFields\n    }\n  }\n'];
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
  source: '\n  query AuditEvents($first: Int!, $offset: Int!) {\n    auditEvents(first: $first, offset: $offset) {\n      total\n      items {\n        id\n        occurredAt\n        actorName\n        operation\n        targetType\n        targetId\n        summary\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AuditEvents($first: Int!, $offset: Int!) {\n    auditEvents(first: $first, offset: $offset) {\n      total\n      items {\n        id\n        occurredAt\n        actorName\n        operation\n        targetType\n        targetId\n        summary\n      }\n    }\n  }\n'];
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
  source: '\n  query ModuleHistory($moduleId: ID!) {\n    moduleHistory(moduleId: $moduleId) {\n      id\n      version\n      status\n      publishedAt\n      changeReason\n      changes {\n        field\n        before\n        after\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ModuleHistory($moduleId: ID!) {\n    moduleHistory(moduleId: $moduleId) {\n      id\n      version\n      status\n      publishedAt\n      changeReason\n      changes {\n        field\n        before\n        after\n      }\n    }\n  }\n'];
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
  source: '\n  mutation SubmitNationalProgramme($id: ID!, $expectedLockVersion: Int) {\n    submitNationalProgramme(\n      id: $id\n      expectedLockVersion: $expectedLockVersion\n    ) {\n      ...NationalProgrammeDetail\n    }\n  }\n',
): (typeof documents)['\n  mutation SubmitNationalProgramme($id: ID!, $expectedLockVersion: Int) {\n    submitNationalProgramme(\n      id: $id\n      expectedLockVersion: $expectedLockVersion\n    ) {\n      ...NationalProgrammeDetail\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ApproveNationalProgramme($id: ID!, $expectedLockVersion: Int) {\n    approveNationalProgramme(\n      id: $id\n      expectedLockVersion: $expectedLockVersion\n    ) {\n      ...NationalProgrammeDetail\n    }\n  }\n',
): (typeof documents)['\n  mutation ApproveNationalProgramme($id: ID!, $expectedLockVersion: Int) {\n    approveNationalProgramme(\n      id: $id\n      expectedLockVersion: $expectedLockVersion\n    ) {\n      ...NationalProgrammeDetail\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReturnNationalProgramme(\n    $id: ID!\n    $comments: String!\n    $expectedLockVersion: Int\n  ) {\n    returnNationalProgramme(\n      id: $id\n      comments: $comments\n      expectedLockVersion: $expectedLockVersion\n    ) {\n      ...NationalProgrammeDetail\n    }\n  }\n',
): (typeof documents)['\n  mutation ReturnNationalProgramme(\n    $id: ID!\n    $comments: String!\n    $expectedLockVersion: Int\n  ) {\n    returnNationalProgramme(\n      id: $id\n      comments: $comments\n      expectedLockVersion: $expectedLockVersion\n    ) {\n      ...NationalProgrammeDetail\n    }\n  }\n'];
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

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
